//! Uploads as they arrive: a multipart file field read straight into a [`StagedFile`] (a temporary file,
//! hashed and counted on the way, never whole in memory), and request bodies without a length spooled to a
//! temporary file while their size is checked against the path's limit.

use std::borrow::Cow;

use domain::files::StagedFile;
use poem::Body;
use poem::web::Field as PoemField;
use poem_openapi::registry::{MetaSchema, MetaSchemaRef};
use poem_openapi::types::{ParseError, ParseFromMultipartField, ParseResult, Type};
use tokio::io::{AsyncReadExt, AsyncSeekExt, AsyncWriteExt};

/// A file field of a multipart body, received into a temporary file. Described in the OpenAPI document
/// exactly like poem-openapi's `Upload` (a binary string).
#[derive(Debug)]
pub struct StreamedUpload {
    file_name: Option<String>,
    file: StagedFile,
}

impl StreamedUpload {
    /// The file name sent with the field, if any.
    pub fn file_name(&self) -> Option<&str> {
        self.file_name.as_deref()
    }

    /// The received content.
    pub fn file(&self) -> &StagedFile {
        &self.file
    }
}

impl Type for StreamedUpload {
    const IS_REQUIRED: bool = true;

    type RawValueType = Self;

    type RawElementValueType = Self;

    fn name() -> Cow<'static, str> {
        "string_binary".into()
    }

    fn schema_ref() -> MetaSchemaRef {
        MetaSchemaRef::Inline(Box::new(MetaSchema::new_with_format("string", "binary")))
    }

    fn as_raw_value(&self) -> Option<&Self::RawValueType> {
        Some(self)
    }

    fn raw_element_iter<'a>(
        &'a self,
    ) -> Box<dyn Iterator<Item = &'a Self::RawElementValueType> + 'a> {
        Box::new(self.as_raw_value().into_iter())
    }
}

impl ParseFromMultipartField for StreamedUpload {
    async fn parse_from_multipart(field: Option<PoemField>) -> ParseResult<Self> {
        let field = field.ok_or_else(ParseError::expected_input)?;
        let file_name = field.file_name().map(ToString::to_string);
        let file = StagedFile::receive(field.into_async_read())
            .await
            .map_err(ParseError::custom)?;
        Ok(StreamedUpload { file_name, file })
    }
}

/// A body announced without a length (chunked), read into a temporary file: `Ok` with a body reading it
/// back when it is at most `limit` bytes, `Err` when it is larger (only `limit + 1` bytes are read).
pub async fn spool_limited(body: Body, limit: usize) -> std::io::Result<Result<Body, ()>> {
    let mut reader = body.into_async_read();
    let std_file = tokio::task::spawn_blocking(tempfile::tempfile)
        .await
        .map_err(std::io::Error::other)??;
    let mut file = tokio::fs::File::from_std(std_file);
    let mut buffer = vec![0u8; 64 * 1024];
    let mut size = 0usize;
    loop {
        let read = reader.read(&mut buffer).await?;
        if read == 0 {
            break;
        }
        size += read;
        if size > limit {
            return Ok(Err(()));
        }
        file.write_all(&buffer[..read]).await?;
    }
    file.flush().await?;
    file.rewind().await?;
    Ok(Ok(Body::from_async_read(file)))
}

/// A stored file as a response body, streamed from the store chunk by chunk.
pub fn download_body(content: domain::files::StoredFile) -> Body {
    Body::from_bytes_stream(content.into_stream())
}
