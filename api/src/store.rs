//! The attachment store's flags: the local folder under the data directory unless `--store-url s3://…`
//! names a bucket of an S3-compatible service (AWS, MinIO, Garage, Ceph…), reached with the flags below.

use clap::Args;
use domain::files::{FileStore, S3Settings, StoreSettings};

/// Where attachments are kept.
#[derive(Debug, Clone, Args)]
pub struct StoreArgs {
    /// Attachment store: empty for the data directory, or s3://BUCKET for an S3-compatible bucket.
    #[arg(long, env = "CONVOCA_STORE_URL", default_value = "")]
    pub store_url: String,
    /// The S3 service's URL, for anything but AWS itself (e.g. http://127.0.0.1:9000).
    #[arg(long, env = "CONVOCA_S3_ENDPOINT")]
    pub s3_endpoint: Option<String>,
    /// The bucket's region (default us-east-1, or AWS_REGION).
    #[arg(long, env = "CONVOCA_S3_REGION")]
    pub s3_region: Option<String>,
    /// Access key id (default AWS_ACCESS_KEY_ID).
    #[arg(long, env = "CONVOCA_S3_ACCESS_KEY_ID")]
    pub s3_access_key_id: Option<String>,
    /// Secret access key (default AWS_SECRET_ACCESS_KEY); prefer the environment to the command line.
    #[arg(long, env = "CONVOCA_S3_SECRET_ACCESS_KEY", hide_env_values = true)]
    pub s3_secret_access_key: Option<String>,
    /// Allow a plain http:// endpoint (a test server on loopback only).
    #[arg(long, env = "CONVOCA_S3_ALLOW_HTTP")]
    pub s3_allow_http: bool,
}

impl StoreArgs {
    /// The settings these flags describe, or why they are wrong.
    pub fn settings(&self) -> anyhow::Result<StoreSettings> {
        let url = self.store_url.trim();
        if url.is_empty() {
            return Ok(StoreSettings::Local);
        }
        let mut s3 = S3Settings::from_url(url)
            .ok_or_else(|| anyhow::anyhow!("--store-url must be s3://BUCKET, not {url}"))?;
        s3.endpoint = self.s3_endpoint.clone();
        s3.region = self.s3_region.clone();
        s3.access_key_id = self.s3_access_key_id.clone();
        s3.secret_access_key = self.s3_secret_access_key.clone();
        s3.allow_http = self.s3_allow_http;
        Ok(StoreSettings::S3(s3))
    }

    /// Opens the store (creating the data directory for the local one).
    pub fn open(&self, data_dir: &std::path::Path) -> anyhow::Result<FileStore> {
        Ok(FileStore::open(&self.settings()?, data_dir)?)
    }
}
