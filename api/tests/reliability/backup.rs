//! Backups: `convoca backup` while applicants keep writing, `convoca restore` into a fresh database and data
//! directory, and a server on the restored copy that serves everything acknowledged before the backup
//! started, attachments included; refusals are clear messages and non-zero exits.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use reqwest::Method;
use serde_json::Value;

use crate::support::{self, Api, Applicant, Installation, Server};

const APPLICANTS: usize = 6;

/// Saves and uploads for one applicant until `stop`; returns how many writes were acknowledged.
async fn keep_writing(
    api: Api,
    applicant: Applicant,
    index: usize,
    mut version: i64,
    stop: Arc<AtomicBool>,
    acknowledged: Arc<AtomicUsize>,
) {
    let app = &applicant.application_id;
    let token = applicant.token.as_str();
    let mut step = 0;
    while !stop.load(Ordering::SeqCst) {
        step += 1;
        let body = api
            .ok(
                Method::PUT,
                &format!("/applications/{app}"),
                Some(token),
                Some(support::draft(
                    version,
                    &format!("During the backup, save {step} of applicant {index}."),
                )),
            )
            .await;
        version = body["version"].as_i64().expect("a version");
        acknowledged.fetch_add(1, Ordering::SeqCst);
        if step % 4 == 0 && step <= 40 {
            let name = format!("during-{index}-{step}.pdf");
            let (status, body) = api
                .upload(
                    &format!("/applications/{app}/attachments"),
                    token,
                    &name,
                    support::pdf(&name),
                )
                .await
                .expect("the server answers");
            assert_eq!(status, 201, "{body}");
            version = body["version"].as_i64().expect("a version");
            acknowledged.fetch_add(1, Ordering::SeqCst);
        }
    }
}

fn backup_args<'a>(installation: &'a Installation, path: &'a str) -> Vec<&'a str> {
    vec![
        "backup",
        "--database-url",
        &installation.database_url,
        "--data-dir",
        installation.data_dir.to_str().expect("a UTF-8 path"),
        path,
    ]
}

fn restore_args<'a>(installation: &'a Installation, path: &'a str, force: bool) -> Vec<&'a str> {
    let mut args = vec![
        "restore",
        "--database-url",
        &installation.database_url,
        "--data-dir",
        installation.data_dir.to_str().expect("a UTF-8 path"),
        path,
    ];
    if force {
        args.push("--force");
    }
    args
}

/// The command failed with a message on standard error that says `expected`, and no panic.
fn assert_refused(output: &std::process::Output, expected: &[&str]) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "it should fail: {stderr}");
    for words in expected {
        assert!(stderr.contains(words), "{words:?} in {stderr}");
    }
    assert!(!stderr.contains("panicked"), "{stderr}");
}

fn pg_tools_missing() -> bool {
    ["pg_dump", "pg_restore"].iter().any(|tool| {
        std::process::Command::new(tool)
            .arg("--version")
            .output()
            .is_err()
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_backup_taken_under_load_restores_into_a_server_that_serves_the_same_data() {
    let source = Installation::fresh().await;
    if source.is_postgres() && pg_tools_missing() {
        assert!(
            std::env::var_os("CI").is_none(),
            "pg_dump and pg_restore are needed"
        );
        println!("SKIPPED: pg_dump or pg_restore is not installed");
        source.remove().await;
        return;
    }
    support::create_user(&source, "manager@programme.example", "manager");
    let mut server = Server::start(&source).await;
    let api = server.api();
    let applicants = support::open_call_with_applicants(&api, APPLICANTS).await;

    // Arrange: what was acknowledged before the backup started.
    // Each application as it was acknowledged, and the names of its files (their content is `pdf(name)`).
    let mut before: Vec<(Value, Vec<String>)> = Vec::new();
    for (index, applicant) in applicants.iter().enumerate() {
        let app = &applicant.application_id;
        let token = Some(applicant.token.as_str());
        let mut version = applicant.version;
        for save in 1..=3 {
            let summary = format!("Before the backup, save {save} of applicant {index}.");
            let body = api
                .ok(
                    Method::PUT,
                    &format!("/applications/{app}"),
                    token,
                    Some(support::draft(version, &summary)),
                )
                .await;
            version = body["version"].as_i64().expect("a version");
        }
        let mut files = Vec::new();
        for upload in 1..=2 {
            let name = format!("before-{index}-{upload}.pdf");
            let (status, body) = api
                .upload(
                    &format!("/applications/{app}/attachments"),
                    &applicant.token,
                    &name,
                    support::pdf(&name),
                )
                .await
                .expect("the server answers");
            assert_eq!(status, 201, "{body}");
            files.push(name);
        }
        if index == 0 {
            api.ok(
                Method::POST,
                &format!("/applications/{app}/submit"),
                token,
                None,
            )
            .await;
        }
        let snapshot = api
            .ok(Method::GET, &format!("/applications/{app}"), token, None)
            .await;
        before.push((snapshot, files));
    }

    // Act: the backup, while the applicants whose drafts are still open keep writing.
    let stop = Arc::new(AtomicBool::new(false));
    let acknowledged = Arc::new(AtomicUsize::new(0));
    let writers: Vec<_> = applicants
        .iter()
        .zip(&before)
        .enumerate()
        .skip(1)
        .map(|(index, (applicant, (snapshot, _)))| {
            tokio::spawn(keep_writing(
                api.clone(),
                applicant.clone(),
                index,
                snapshot["version"].as_i64().expect("a version"),
                stop.clone(),
                acknowledged.clone(),
            ))
        })
        .collect();
    let warm_up = Instant::now();
    while acknowledged.load(Ordering::SeqCst) < 10 {
        assert!(
            warm_up.elapsed() < Duration::from_secs(60),
            "the writers wrote nothing"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let backup_dir =
        std::env::temp_dir().join(format!("convoca_backup_{}", uuid::Uuid::new_v4().simple()));
    let backup_path = backup_dir.to_str().expect("a UTF-8 path").to_owned();
    let at_start = acknowledged.load(Ordering::SeqCst);
    let started = Instant::now();
    let output = {
        let args: Vec<String> = backup_args(&source, &backup_path)
            .into_iter()
            .map(str::to_owned)
            .collect();
        tokio::task::spawn_blocking(move || {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            support::convoca(&args, "")
        })
        .await
        .expect("the backup command runs")
    };
    let took = started.elapsed();
    let during = acknowledged.load(Ordering::SeqCst) - at_start;
    stop.store(true, Ordering::SeqCst);
    for writer in writers {
        tokio::time::timeout(Duration::from_secs(60), writer)
            .await
            .expect("the writers stop")
            .expect("no writer saw a refusal");
    }
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("Backed up"), "{stdout}");
    let manifest: Value = serde_json::from_slice(
        &std::fs::read(backup_dir.join("manifest.json")).expect("the backup has a manifest"),
    )
    .expect("the manifest is JSON");
    assert_eq!(manifest["format"], 1);
    assert_eq!(
        manifest["database"],
        if source.is_postgres() {
            "postgresql"
        } else {
            "sqlite"
        }
    );
    assert!(
        manifest["attachments"].as_u64().expect("a count") >= 2 * APPLICANTS as u64,
        "{manifest}"
    );
    assert_eq!(manifest["missing_attachments"], serde_json::json!([]));
    // A backup never writes into a folder that holds something.
    assert_refused(
        &support::convoca(&backup_args(&source, &backup_path), ""),
        &["not empty"],
    );
    server.stop().await;

    // Restore into a fresh database and data directory.
    let target = Installation::fresh().await;
    let restore_started = Instant::now();
    let restored_output = support::convoca_ok(&restore_args(&target, &backup_path, false), "");
    let restore_took = restore_started.elapsed();
    assert!(restored_output.contains("Restored"), "{restored_output}");
    // Into what is no longer empty, only with --force.
    assert_refused(
        &support::convoca(&restore_args(&target, &backup_path, false), ""),
        &["not empty", "--force"],
    );
    support::convoca_ok(&restore_args(&target, &backup_path, true), "");

    // Assert: a server on the restored copy serves what was acknowledged before the backup.
    let mut restored = Server::start(&target).await;
    let api = restored.api();
    api.token("manager@programme.example").await;
    let mut files_checked = 0;
    for (applicant, (snapshot, files)) in applicants.iter().zip(&before) {
        let app = &applicant.application_id;
        let found = api
            .ok(
                Method::GET,
                &format!("/applications/{app}"),
                Some(&applicant.token),
                None,
            )
            .await;
        let (was, is) = (
            snapshot["version"].as_i64().expect("a version"),
            found["version"].as_i64().expect("a version"),
        );
        assert!(is >= was, "{app}: version {is} older than {was}");
        if snapshot["state"] == "submitted" {
            assert_eq!(found["state"], "submitted", "{app}");
            assert_eq!(found["reference"], snapshot["reference"], "{app}");
            assert_eq!(found["summary"], snapshot["summary"], "{app}");
            assert_eq!(found["version"], snapshot["version"], "{app}");
        }
        for name in files {
            assert!(
                found["attachments"]
                    .as_array()
                    .expect("attachments")
                    .iter()
                    .any(|a| a["file_name"] == name.as_str()),
                "{app}: {name} is listed"
            );
        }
        // Every attachment the restored database lists downloads intact, those uploaded during the backup too.
        for attachment in found["attachments"].as_array().expect("attachments") {
            let name = attachment["file_name"].as_str().expect("a name");
            let (status, content) = api
                .download(
                    &format!(
                        "/applications/{app}/attachments/{}",
                        attachment["id"].as_str().expect("an id")
                    ),
                    &applicant.token,
                )
                .await;
            assert_eq!(status, 200, "{app}: {name} downloads");
            assert_eq!(content, support::pdf(name), "{app}: {name} is intact");
            files_checked += 1;
        }
    }
    restored.stop().await;
    let rows = target.check_integrity().await;
    println!(
        "backup: {} in {:.2} s while {during} writes were acknowledged; manifest {manifest}; the folder \
         holds {} bytes; restored in {:.2} s; {files_checked} attachments and {rows} rows checked",
        if source.is_postgres() {
            "pg_dump"
        } else {
            "VACUUM INTO"
        },
        took.as_secs_f64(),
        support::size_of(&backup_dir),
        restore_took.as_secs_f64(),
    );
    drop((server, restored));
    std::fs::remove_dir_all(&backup_dir).ok();
    source.remove().await;
    target.remove().await;
}

#[test]
fn backup_and_restore_explain_what_is_wrong_and_fail() {
    let scratch = std::env::temp_dir().join(format!(
        "convoca_backup_errors_{}",
        uuid::Uuid::new_v4().simple()
    ));
    std::fs::create_dir_all(&scratch).expect("a scratch folder");
    let path = |name: &str| scratch.join(name).to_str().expect("UTF-8").to_owned();
    let missing_db = format!("sqlite://{}", path("missing.db"));
    let data_dir = path("data");

    assert_refused(
        &support::convoca(
            &[
                "backup",
                "--database-url",
                &missing_db,
                "--data-dir",
                &data_dir,
                &path("b1"),
            ],
            "",
        ),
        &["there is no SQLite database at"],
    );
    assert!(
        !Path::new(&path("b1")).exists(),
        "no half-made backup is left"
    );
    assert_refused(
        &support::convoca(
            &[
                "restore",
                "--database-url",
                &missing_db,
                "--data-dir",
                &data_dir,
                &scratch.to_string_lossy(),
            ],
            "",
        ),
        &["not a Convoca backup", "manifest.json"],
    );
    assert_refused(
        &support::convoca(
            &[
                "backup",
                "--database-url",
                "mysql://localhost/convoca",
                &path("b2"),
            ],
            "",
        ),
        &["sqlite:// or postgres://"],
    );
    std::fs::remove_dir_all(&scratch).ok();
}
