//! An upload received into a temporary file: the body is read in small chunks, hashed and counted as it
//! arrives, and only its first bytes are kept in memory (for the type check), so that a 10 MiB attachment
//! costs a few hundred KiB of memory whatever the number of uploads at once. The temporary file has no name
//! on disk and disappears when the value is dropped, whatever happens to the request.

use std::io::SeekFrom;

use sha2::{Digest, Sha256};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncSeekExt, AsyncWriteExt};

use crate::applications::files::MAX_ATTACHMENT_BYTES;

/// How many leading bytes are kept for the type check. File types are recognised by their first bytes;
/// OOXML documents need the first few ZIP entries, a few KiB in practice.
pub const SNIFF_BYTES: usize = 256 * 1024;

/// The size of each read from the request and from the temporary file.
const CHUNK: usize = 64 * 1024;

/// A file received from a client, not yet checked nor stored.
#[derive(Debug)]
pub struct StagedFile {
    /// The content, when it is within the limit (nothing is kept of a file over it).
    file: Option<std::fs::File>,
    /// Bytes received; reading stops one byte past the limit.
    size: u64,
    head: Vec<u8>,
    sha256: String,
}

impl StagedFile {
    /// Receives an upload of at most [`MAX_ATTACHMENT_BYTES`]; a larger one is read one byte past the limit
    /// and kept as "too large" with nothing on disk (the check refuses it as before).
    pub async fn receive(reader: impl AsyncRead + Unpin) -> std::io::Result<Self> {
        Self::receive_limited(reader, MAX_ATTACHMENT_BYTES).await
    }

    /// Like [`StagedFile::receive`] with another limit.
    pub async fn receive_limited(
        mut reader: impl AsyncRead + Unpin,
        limit: usize,
    ) -> std::io::Result<Self> {
        let limit = limit as u64;
        let std_file = tokio::task::spawn_blocking(tempfile::tempfile)
            .await
            .map_err(std::io::Error::other)??;
        let mut file = tokio::fs::File::from_std(std_file.try_clone()?);
        let mut hasher = Sha256::new();
        let mut head = Vec::new();
        let mut size = 0u64;
        let mut buffer = vec![0u8; CHUNK];
        loop {
            let read = reader.read(&mut buffer).await?;
            if read == 0 {
                break;
            }
            let chunk = &buffer[..read];
            size += read as u64;
            if size > limit {
                // Too large: what was written is dropped with the file, the rest is never read.
                return Ok(StagedFile {
                    file: None,
                    size,
                    head,
                    sha256: String::new(),
                });
            }
            if head.len() < SNIFF_BYTES {
                let wanted = (SNIFF_BYTES - head.len()).min(chunk.len());
                head.extend_from_slice(&chunk[..wanted]);
            }
            hasher.update(chunk);
            file.write_all(chunk).await?;
        }
        file.flush().await?;
        Ok(StagedFile {
            file: Some(std_file),
            size,
            head,
            sha256: hex::encode(hasher.finalize()),
        })
    }

    /// A staged copy of content already in memory (seeding, tests).
    pub async fn from_bytes(bytes: &[u8]) -> std::io::Result<Self> {
        Self::receive(bytes).await
    }

    /// Bytes received (past the limit, one more than the limit).
    pub fn size(&self) -> u64 {
        self.size
    }

    /// Whether nothing was received.
    pub fn is_empty(&self) -> bool {
        self.size == 0
    }

    /// Whether the file was larger than the limit it was received with.
    pub fn is_too_large(&self) -> bool {
        self.file.is_none()
    }

    /// The first bytes, for recognising the type.
    pub fn head(&self) -> &[u8] {
        &self.head
    }

    /// Lowercase hex SHA-256 of the content (empty for a file over the limit).
    pub fn sha256(&self) -> &str {
        &self.sha256
    }

    /// A reader of the content from its first byte.
    pub(crate) async fn reader(&self) -> std::io::Result<tokio::fs::File> {
        let file = self
            .file
            .as_ref()
            .ok_or_else(|| std::io::Error::other("a file over the limit is not kept"))?;
        let mut reader = tokio::fs::File::from_std(file.try_clone()?);
        reader.seek(SeekFrom::Start(0)).await?;
        Ok(reader)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn content_is_hashed_counted_and_read_back() {
        let content: Vec<u8> = (0..300_000u32).map(|n| (n % 251) as u8).collect();
        let staged = StagedFile::from_bytes(&content).await.unwrap();
        assert_eq!(staged.size(), 300_000);
        assert!(!staged.is_too_large());
        assert_eq!(staged.head(), &content[..SNIFF_BYTES]);
        assert_eq!(staged.sha256(), hex::encode(Sha256::digest(&content)));
        let mut back = Vec::new();
        staged
            .reader()
            .await
            .unwrap()
            .read_to_end(&mut back)
            .await
            .unwrap();
        assert_eq!(back, content);
    }

    #[tokio::test]
    async fn a_file_over_the_limit_is_not_kept() {
        let staged = StagedFile::receive_limited(&[7u8; 1001][..], 1000)
            .await
            .unwrap();
        assert!(staged.is_too_large());
        assert_eq!(staged.size(), 1001);
        assert!(staged.reader().await.is_err());
        let exact = StagedFile::receive_limited(&[7u8; 1000][..], 1000)
            .await
            .unwrap();
        assert!(!exact.is_too_large());
    }
}
