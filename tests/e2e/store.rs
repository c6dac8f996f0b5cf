//! The attachment store: an upload over the limit is refused and leaves nothing behind, a large one is
//! stored whole (in several parts) and downloaded byte for byte, on the local store and, when
//! `CONVOCA_TEST_S3_ENDPOINT` names an S3-compatible server (moto in CI), on an S3 bucket, which is listed
//! independently of Convoca to prove the files really went there.

use convoca_tests::{TestApp, spawn_app_configured};
use domain::files::{FileStore, S3Settings};
use sha2::{Digest, Sha256};

use crate::applications::{id_of, local_government, start, tunisian_world_on};

/// A PDF of `size` bytes whose content varies (so that parts differ).
fn large_pdf(size: usize) -> Vec<u8> {
    let mut pdf = b"%PDF-1.7\n%".to_vec();
    pdf.extend((0..size - pdf.len() - 6).map(|n| b'a' + (n % 23) as u8));
    pdf.extend_from_slice(b"\n%%EOF");
    pdf
}

/// Uploads one file over the limit and one of 6 MiB through the API, checking what `listed` finds in
/// the store after each.
async fn scenario(app: TestApp, listed: impl AsyncFn() -> Vec<String>) {
    let (app, _, _, call) = tunisian_world_on(app).await;
    let (_, _, token) = local_government(&app, "Nabeul", "TN", "TN-21", "a@nabeul.tn").await;
    let draft = start(&app, &token, &call).await;
    let path = format!("/applications/{}/attachments", id_of(&draft));

    let just_over = large_pdf(domain::applications::files::MAX_ATTACHMENT_BYTES + 1);
    let refused = app
        .upload(&path, Some(&token), "big.pdf", just_over, None)
        .await;
    assert_eq!(refused.problem(422), "/problems/validation");
    assert_eq!(
        refused.body["errors"][0]["code"],
        "error-attachment-too-large"
    );
    assert_eq!(app.files.count().await.unwrap(), 0);
    assert_eq!(
        listed().await,
        Vec::<String>::new(),
        "nothing reached the store"
    );

    // Larger than a part of a multipart write (5 MiB on S3): stored in two parts, read back whole.
    let content = large_pdf(6 * 1024 * 1024 + 123);
    let sha = hex::encode(Sha256::digest(&content));
    let uploaded = app
        .upload(&path, Some(&token), "plan.pdf", content.clone(), None)
        .await;
    assert_eq!(uploaded.status, 201, "{}", uploaded.body);
    assert_eq!(uploaded.body["attachments"][0]["sha256"], sha.as_str());
    assert_eq!(app.files.count().await.unwrap(), 1);
    assert_eq!(
        listed().await,
        vec![format!("attachments/{}/{sha}", &sha[..2])]
    );
    let attachment = uploaded.body["attachments"][0]["id"].as_str().unwrap();
    let download = app
        .client
        .get(app.url(&format!("/api/v1{path}/{attachment}")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(download.status(), 200);
    assert_eq!(download.headers()["x-content-type-options"], "nosniff");
    let downloaded = download.bytes().await.unwrap();
    assert!(downloaded.as_ref() == content.as_slice(), "the very bytes");

    let removed = app
        .api(
            "DELETE",
            &format!("{path}/{attachment}"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(removed.status, 200, "{}", removed.body);
    assert_eq!(listed().await, Vec::<String>::new());
}

#[tokio::test]
async fn an_upload_over_the_limit_leaves_nothing_and_a_large_one_is_stored_in_the_data_directory() {
    let root = std::env::temp_dir().join(format!("convoca-store-{}", uuid::Uuid::new_v4()));
    let app = spawn_app_configured(|settings| settings.data_dir = root.clone()).await;
    // The local store keeps the layout of earlier versions: `attachments/ab/<sha256>` on disk.
    scenario(app, async || on_disk(&root)).await;
    std::fs::remove_dir_all(&root).ok();
}

/// The files under `root/attachments`, as keys.
fn on_disk(root: &std::path::Path) -> Vec<String> {
    let mut keys = Vec::new();
    for shard in std::fs::read_dir(root.join("attachments"))
        .into_iter()
        .flatten()
        .flatten()
    {
        for file in std::fs::read_dir(shard.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            keys.push(format!(
                "attachments/{}/{}",
                shard.file_name().to_string_lossy(),
                file.file_name().to_string_lossy()
            ));
        }
    }
    keys
}

#[tokio::test]
async fn uploads_reach_an_s3_bucket_when_one_is_configured() {
    let Ok(endpoint) = std::env::var("CONVOCA_TEST_S3_ENDPOINT") else {
        eprintln!("CONVOCA_TEST_S3_ENDPOINT is not set: the S3 store is not tested");
        return;
    };
    let endpoint = endpoint.trim_end_matches('/').to_owned();
    let bucket = format!("convoca-test-{}", uuid::Uuid::new_v4().simple());
    let http = reqwest::Client::new();
    // moto accepts unsigned requests: the bucket is made and listed without Convoca's code.
    let created = http
        .put(format!("{endpoint}/{bucket}"))
        .send()
        .await
        .expect("the S3 server answers");
    assert!(
        created.status().is_success(),
        "{}",
        created.text().await.unwrap()
    );
    let files = FileStore::s3(&S3Settings {
        bucket: bucket.clone(),
        endpoint: Some(endpoint.clone()),
        region: Some("us-east-1".into()),
        access_key_id: Some("testing".into()),
        secret_access_key: Some("testing".into()),
        allow_http: true,
    })
    .unwrap();
    let app = spawn_app_configured(|settings| settings.files = Some(files)).await;
    let listed = async || {
        let xml = http
            .get(format!("{endpoint}/{bucket}?list-type=2"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        xml.split("<Key>")
            .skip(1)
            .filter_map(|rest| rest.split_once("</Key>").map(|(key, _)| key.to_owned()))
            .collect::<Vec<_>>()
    };
    scenario(app, listed).await;
}
