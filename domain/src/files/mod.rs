//! Where attachments are kept: an `object_store` behind one [`FileStore`], a folder under the data
//! directory by default or any S3-compatible bucket when configured. Files are named by their SHA-256
//! (`attachments/ab/abcdef…`, the same layout as before, so an existing data directory keeps working), so
//! that the same document uploaded twice is stored once. Content goes in from a [`StagedFile`] and comes
//! out as a stream: no attachment is ever held whole in memory.

pub mod staged;

use std::path::Path as FsPath;
use std::sync::Arc;

use bytes::Bytes;
use futures_util::stream::{BoxStream, StreamExt, TryStreamExt};
use object_store::aws::AmazonS3Builder;
use object_store::local::LocalFileSystem;
use object_store::path::Path;
use object_store::{ObjectStore, WriteMultipart};
use tokio::io::AsyncReadExt;

pub use staged::StagedFile;

use crate::{Error, Result};

/// The folder (or key prefix) of attachments in the store.
pub const ATTACHMENTS: &str = "attachments";

/// Where the store is: the data directory (the default) or an S3-compatible bucket.
#[derive(Debug, Clone, Default)]
pub enum StoreSettings {
    /// `data_dir/attachments` on the local file system.
    #[default]
    Local,
    /// A bucket of an S3-compatible service.
    S3(S3Settings),
}

/// An S3-compatible bucket. Credentials missing here are read from the usual `AWS_*` environment.
#[derive(Clone, Default)]
pub struct S3Settings {
    /// The bucket's name.
    pub bucket: String,
    /// The service's URL, for anything but AWS itself (MinIO, Garage, Ceph, moto).
    pub endpoint: Option<String>,
    /// The region (`us-east-1` when not given).
    pub region: Option<String>,
    /// Access key id.
    pub access_key_id: Option<String>,
    /// Secret access key.
    pub secret_access_key: Option<String>,
    /// Allow a plain `http://` endpoint (a test server on loopback).
    pub allow_http: bool,
}

impl std::fmt::Debug for S3Settings {
    // Never the secret: settings end up in logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("S3Settings")
            .field("bucket", &self.bucket)
            .field("endpoint", &self.endpoint)
            .field("region", &self.region)
            .field("access_key_id", &self.access_key_id)
            .field("allow_http", &self.allow_http)
            .finish_non_exhaustive()
    }
}

impl S3Settings {
    /// Settings from a `s3://bucket` URL.
    pub fn from_url(url: &str) -> Option<Self> {
        let bucket = url.strip_prefix("s3://")?.trim_end_matches('/');
        (!bucket.is_empty() && !bucket.contains('/')).then(|| S3Settings {
            bucket: bucket.to_owned(),
            ..S3Settings::default()
        })
    }
}

/// A stored file being read: its size and its content as a stream of chunks.
pub struct StoredFile {
    /// Size in bytes.
    pub size: u64,
    stream: BoxStream<'static, object_store::Result<Bytes>>,
}

impl std::fmt::Debug for StoredFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoredFile")
            .field("size", &self.size)
            .finish_non_exhaustive()
    }
}

impl StoredFile {
    /// The content, chunk by chunk.
    pub fn into_stream(self) -> BoxStream<'static, std::io::Result<Bytes>> {
        self.stream.map_err(std::io::Error::other).boxed()
    }

    /// The whole content (tests and small files only).
    pub async fn bytes(self) -> std::io::Result<Vec<u8>> {
        let mut stream = self.into_stream();
        let mut all = Vec::new();
        while let Some(chunk) = stream.next().await {
            all.extend_from_slice(&chunk?);
        }
        Ok(all)
    }
}

/// The attachment store, shared by every handler like the database pool.
#[derive(Debug, Clone)]
pub struct FileStore {
    store: Arc<dyn ObjectStore>,
    /// Bytes per part of a multipart write (S3 wants at least 5 MiB but the last).
    part_size: usize,
}

fn failed(what: &str) -> impl Fn(object_store::Error) -> Error + '_ {
    move |err| Error::internal(format!("{what}: {err}"))
}

impl FileStore {
    /// The store under `data_dir` (created when needed): files go to `data_dir/attachments/ab/abcdef…`.
    pub fn local(data_dir: &FsPath) -> Result<Self> {
        std::fs::create_dir_all(data_dir)
            .map_err(|err| Error::internal(format!("creating {}: {err}", data_dir.display())))?;
        let store = LocalFileSystem::new_with_prefix(data_dir)
            .map_err(failed("opening the data directory"))?;
        Ok(FileStore {
            store: Arc::new(store),
            part_size: 256 * 1024,
        })
    }

    /// The store in an S3-compatible bucket (objects `attachments/ab/abcdef…`).
    pub fn s3(settings: &S3Settings) -> Result<Self> {
        let mut builder = AmazonS3Builder::from_env()
            .with_bucket_name(&settings.bucket)
            .with_allow_http(settings.allow_http);
        if let Some(endpoint) = &settings.endpoint {
            builder = builder.with_endpoint(endpoint);
        }
        if let Some(region) = &settings.region {
            builder = builder.with_region(region);
        }
        if let Some(key) = &settings.access_key_id {
            builder = builder.with_access_key_id(key);
        }
        if let Some(secret) = &settings.secret_access_key {
            builder = builder.with_secret_access_key(secret);
        }
        let store = builder
            .build()
            .map_err(failed("configuring the S3 store"))?;
        Ok(FileStore {
            store: Arc::new(store),
            part_size: 5 * 1024 * 1024,
        })
    }

    /// The configured store.
    pub fn open(settings: &StoreSettings, data_dir: &FsPath) -> Result<Self> {
        match settings {
            StoreSettings::Local => Self::local(data_dir),
            StoreSettings::S3(s3) => Self::s3(s3),
        }
    }

    fn key(sha256: &str) -> Result<Path> {
        // The hash comes from our own database, but a key is built from it: accept hex only.
        if sha256.len() != 64 || !sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(Error::internal(format!("not a SHA-256: {sha256}")));
        }
        Ok(Path::from(format!(
            "{ATTACHMENTS}/{}/{sha256}",
            &sha256[..2]
        )))
    }

    /// Stores a received file under its hash (once: an existing file is kept). Read from its temporary
    /// file in chunks and written as a multipart upload, which becomes visible only when complete: a
    /// failure leaves no half file under a real hash.
    pub async fn put(&self, file: &StagedFile) -> Result<()> {
        let key = Self::key(file.sha256())?;
        if self.contains(file.sha256()).await {
            return Ok(());
        }
        let upload = self
            .store
            .put_multipart(&key)
            .await
            .map_err(failed("storing an attachment"))?;
        let mut writer = WriteMultipart::new_with_chunk_size(upload, self.part_size);
        let written = async {
            let mut reader = file
                .reader()
                .await
                .map_err(|err| Error::internal(format!("reading an upload: {err}")))?;
            let mut buffer = vec![0u8; 64 * 1024];
            loop {
                let read = reader
                    .read(&mut buffer)
                    .await
                    .map_err(|err| Error::internal(format!("reading an upload: {err}")))?;
                if read == 0 {
                    return Ok(());
                }
                // One part in flight at a time: memory stays at about two parts per upload.
                writer
                    .wait_for_capacity(1)
                    .await
                    .map_err(failed("storing an attachment"))?;
                writer.write(&buffer[..read]);
            }
        }
        .await;
        match written {
            Ok(()) => {
                writer
                    .finish()
                    .await
                    .map_err(failed("storing an attachment"))?;
                Ok(())
            }
            Err(err) => {
                writer.abort().await.ok();
                Err(err)
            }
        }
    }

    /// Opens a stored file for reading.
    pub async fn open_file(&self, sha256: &str) -> Result<StoredFile> {
        let found = self
            .store
            .get(&Self::key(sha256)?)
            .await
            .map_err(|err| Error::internal(format!("reading attachment {sha256}: {err}")))?;
        Ok(StoredFile {
            size: found.meta.size,
            stream: found.into_stream(),
        })
    }

    /// Reads a stored file whole (tests and small files only).
    pub async fn read(&self, sha256: &str) -> Result<Vec<u8>> {
        self.open_file(sha256)
            .await?
            .bytes()
            .await
            .map_err(|err| Error::internal(format!("reading attachment {sha256}: {err}")))
    }

    /// Removes a stored file; a file already gone is fine.
    pub async fn remove(&self, sha256: &str) -> Result<()> {
        match self.store.delete(&Self::key(sha256)?).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(err) => Err(Error::internal(format!(
                "removing attachment {sha256}: {err}"
            ))),
        }
    }

    /// Whether a file with this hash is stored.
    pub async fn contains(&self, sha256: &str) -> bool {
        match Self::key(sha256) {
            Ok(key) => self.store.head(&key).await.is_ok(),
            Err(_) => false,
        }
    }

    /// How many files are stored (for tests and operators checking that refused uploads left nothing).
    /// Only complete files named by a hash count, not a local store's unfinished writes.
    pub async fn count(&self) -> Result<usize> {
        let prefix = Path::from(ATTACHMENTS);
        let mut listed = self.store.list(Some(&prefix));
        let mut count = 0;
        while let Some(meta) = listed.next().await {
            let meta = meta.map_err(failed("listing attachments"))?;
            if meta
                .location
                .filename()
                .is_some_and(|name| Self::key(name).is_ok())
            {
                count += 1;
            }
        }
        Ok(count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PDF: &[u8] = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n";

    #[tokio::test]
    async fn the_store_keeps_one_file_per_content_where_it_always_did() {
        let dir = std::env::temp_dir().join(format!("convoca-store-{}", uuid::Uuid::new_v4()));
        let store = FileStore::local(&dir).unwrap();
        let file = StagedFile::from_bytes(PDF).await.unwrap();
        store.put(&file).await.unwrap();
        store.put(&file).await.unwrap();
        assert_eq!(store.count().await.unwrap(), 1);
        let sha = file.sha256();
        // The layout of the data directory is unchanged: older installations keep their files.
        let on_disk = dir.join(ATTACHMENTS).join(&sha[..2]).join(sha);
        assert_eq!(std::fs::read(on_disk).unwrap(), PDF);
        assert_eq!(store.read(sha).await.unwrap(), PDF);
        assert_eq!(store.open_file(sha).await.unwrap().size, PDF.len() as u64);
        store.remove(sha).await.unwrap();
        store.remove(sha).await.unwrap();
        assert!(!store.contains(sha).await);
        assert_eq!(store.count().await.unwrap(), 0);
        assert!(FileStore::key("../../etc/passwd").is_err());
        std::fs::remove_dir_all(dir).ok();
    }

    #[tokio::test]
    async fn a_large_file_is_written_in_parts_and_read_back_whole() {
        let dir = std::env::temp_dir().join(format!("convoca-store-{}", uuid::Uuid::new_v4()));
        let store = FileStore::local(&dir).unwrap();
        let content: Vec<u8> = (0..3_000_000u32).map(|n| (n % 253) as u8).collect();
        let file = StagedFile::from_bytes(&content).await.unwrap();
        store.put(&file).await.unwrap();
        assert_eq!(store.read(file.sha256()).await.unwrap(), content);
        std::fs::remove_dir_all(dir).ok();
    }

    #[test]
    fn only_an_s3_url_naming_a_bucket_is_taken() {
        assert_eq!(
            S3Settings::from_url("s3://convoca-files").unwrap().bucket,
            "convoca-files"
        );
        assert!(S3Settings::from_url("s3://").is_none());
        assert!(S3Settings::from_url("https://example.org").is_none());
        assert!(S3Settings::from_url("s3://bucket/sub").is_none());
    }
}
