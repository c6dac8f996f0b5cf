//! Crash safety: applicants save drafts, upload evidence and submit, concurrently, while the server is
//! killed with SIGKILL; after a restart on the same database every write that was acknowledged (a 2xx
//! received before the kill) is there, and the database passes its integrity checks.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::support::{self, Api, Applicant, Installation, Server};
use reqwest::Method;

/// How many applicants write at once.
const WRITERS: usize = 8;
/// How many times the server is killed and restarted.
const ROUNDS: usize = 3;
/// Acknowledged writes per round before the kill.
const WRITES_PER_ROUND: usize = 80;
/// Each application keeps well below the limit of 20 attachments.
const MAX_UPLOADS: usize = 12;

/// What the server acknowledged to one applicant, and what it was still answering when it died.
#[derive(Debug, Clone, Default)]
struct Acknowledged {
    version: i64,
    summary: String,
    reference: Option<String>,
    /// File name and content of every acknowledged upload.
    attachments: Vec<(String, Vec<u8>)>,
    /// Attachments the application has, acknowledged or not.
    attachment_count: usize,
    /// The summary of a save sent but unanswered, when the server died.
    pending_save: Option<String>,
    /// An upload or submission was sent but unanswered.
    pending_other: bool,
    saves: usize,
    uploads: usize,
    submissions: usize,
}

impl Acknowledged {
    fn writes(&self) -> usize {
        self.saves + self.uploads + self.submissions
    }
}

/// Saves, uploads and (for some applicants) submits until the server stops answering.
async fn write_until_the_server_dies(
    api: Api,
    applicant: Applicant,
    index: usize,
    round: usize,
    submit_after: Option<usize>,
    mut ack: Acknowledged,
    acknowledged: Arc<AtomicUsize>,
) -> Acknowledged {
    let app = &applicant.application_id;
    let token = applicant.token.as_str();
    let mut step = 0;
    while ack.reference.is_none() {
        step += 1;
        let summary = format!("Round {round}, save {step} of applicant {index}.");
        ack.pending_save = Some(summary.clone());
        match api
            .send(
                Method::PUT,
                &format!("/applications/{app}"),
                Some(token),
                Some(support::draft(ack.version, &summary)),
            )
            .await
        {
            Ok((200, body)) => {
                ack.version = body["version"].as_i64().expect("a version");
                ack.summary = summary;
                ack.pending_save = None;
                ack.saves += 1;
                acknowledged.fetch_add(1, Ordering::SeqCst);
            }
            Ok((status, body)) => panic!("saving {app}: {status} {body}"),
            Err(_) => return ack,
        }
        if step % 3 == 0 && ack.attachment_count < MAX_UPLOADS {
            let name = format!("evidence-{index}-{round}-{step}.pdf");
            let bytes = support::pdf(&name);
            ack.pending_other = true;
            ack.attachment_count += 1;
            match api
                .upload(
                    &format!("/applications/{app}/attachments"),
                    token,
                    &name,
                    bytes.clone(),
                )
                .await
            {
                Ok((201, body)) => {
                    ack.version = body["version"].as_i64().expect("a version");
                    ack.attachments.push((name, bytes));
                    ack.pending_other = false;
                    ack.uploads += 1;
                    acknowledged.fetch_add(1, Ordering::SeqCst);
                }
                Ok((status, body)) => panic!("uploading to {app}: {status} {body}"),
                Err(_) => return ack,
            }
        }
        if Some(step) == submit_after {
            ack.pending_other = true;
            match api
                .send(
                    Method::POST,
                    &format!("/applications/{app}/submit"),
                    Some(token),
                    None,
                )
                .await
            {
                Ok((200, body)) => {
                    ack.reference = Some(body["reference"].as_str().expect("a reference").into());
                    ack.version = body["version"].as_i64().expect("a version");
                    ack.pending_other = false;
                    ack.submissions += 1;
                    acknowledged.fetch_add(1, Ordering::SeqCst);
                }
                Ok((status, body)) => panic!("submitting {app}: {status} {body}"),
                Err(_) => return ack,
            }
        }
    }
    // Submitted: nothing more to write for this applicant.
    ack
}

/// Checks that the application holds every acknowledged write, then takes what it holds as the new
/// starting point (a write that was unanswered may have landed).
async fn check_acknowledged(api: &Api, applicant: &Applicant, ack: &mut Acknowledged) -> usize {
    let app = &applicant.application_id;
    let token = applicant.token.as_str();
    let found = api
        .ok(
            Method::GET,
            &format!("/applications/{app}"),
            Some(token),
            None,
        )
        .await;
    let version = found["version"].as_i64().expect("a version");
    let summary = found["summary"].as_str().expect("a summary");
    let in_flight = ack.pending_save.is_some() || ack.pending_other;
    if in_flight {
        assert!(
            version == ack.version || version == ack.version + 1,
            "{app}: version {version}, acknowledged {}",
            ack.version
        );
        assert!(
            summary == ack.summary || Some(summary) == ack.pending_save.as_deref(),
            "{app}: summary {summary:?}, acknowledged {:?}",
            ack.summary
        );
    } else {
        assert_eq!(version, ack.version, "{app}: the acknowledged version");
        assert_eq!(summary, ack.summary, "{app}: the acknowledged summary");
    }
    if let Some(reference) = &ack.reference {
        assert_eq!(found["state"], "submitted", "{app}");
        assert_eq!(
            found["reference"].as_str(),
            Some(reference.as_str()),
            "{app}"
        );
    }
    let listed = found["attachments"].as_array().expect("attachments");
    for (name, bytes) in &ack.attachments {
        let attachment = listed
            .iter()
            .find(|a| a["file_name"] == name.as_str())
            .unwrap_or_else(|| panic!("{app}: the acknowledged attachment {name} is there"));
        let id = attachment["id"].as_str().expect("an attachment id");
        let (status, content) = api
            .download(&format!("/applications/{app}/attachments/{id}"), token)
            .await;
        assert_eq!(status, 200, "{app}: {name} downloads");
        assert_eq!(&content, bytes, "{app}: {name} is intact");
    }
    ack.version = version;
    ack.summary = summary.to_owned();
    ack.attachment_count = listed.len();
    ack.pending_save = None;
    ack.pending_other = false;
    if ack.reference.is_none() && found["state"] == "submitted" {
        ack.reference = found["reference"].as_str().map(str::to_owned);
    }
    ack.writes()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_acknowledged_write_survives_a_server_killed_under_load() {
    let installation = Installation::fresh().await;
    support::create_user(&installation, "manager@programme.example", "manager");
    let mut server = Server::start(&installation).await;
    let applicants = support::open_call_with_applicants(&server.api(), WRITERS).await;
    let mut acks: Vec<Acknowledged> = applicants
        .iter()
        .map(|a| Acknowledged {
            version: a.version,
            ..Acknowledged::default()
        })
        .collect();

    for round in 1..=ROUNDS {
        let acknowledged = Arc::new(AtomicUsize::new(0));
        let writers: Vec<_> = applicants
            .iter()
            .zip(&acks)
            .enumerate()
            .map(|(index, (applicant, ack))| {
                // Some applicants submit during the first round; the others write until the last kill.
                let submit_after = (round == 1 && index % 3 == 0).then_some(4 + index);
                tokio::spawn(write_until_the_server_dies(
                    server.api(),
                    applicant.clone(),
                    index,
                    round,
                    submit_after,
                    ack.clone(),
                    acknowledged.clone(),
                ))
            })
            .collect();
        let started = Instant::now();
        while acknowledged.load(Ordering::SeqCst) < WRITES_PER_ROUND {
            assert!(
                started.elapsed() < Duration::from_secs(120),
                "round {round}: only {} writes acknowledged in two minutes",
                acknowledged.load(Ordering::SeqCst)
            );
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        // Killed while the writers are in the middle of their requests.
        server.kill();
        let mut in_flight = 0;
        for (ack, writer) in acks.iter_mut().zip(writers) {
            *ack = tokio::time::timeout(Duration::from_secs(60), writer)
                .await
                .expect("every writer stops once the server is gone")
                .expect("no writer saw a refusal");
            in_flight += usize::from(ack.pending_save.is_some() || ack.pending_other);
        }
        let acknowledged_so_far: usize = acks.iter().map(Acknowledged::writes).sum();

        server = Server::start(&installation).await;
        let api = server.api();
        let mut found = 0;
        for (applicant, ack) in applicants.iter().zip(acks.iter_mut()) {
            found += check_acknowledged(&api, applicant, ack).await;
        }
        assert_eq!(found, acknowledged_so_far);
        println!(
            "crash round {round}: SIGKILL after {} acknowledged writes in {:.1} s ({in_flight} requests \
             unanswered); after the restart all {found} writes acknowledged so far are there",
            acknowledged.load(Ordering::SeqCst),
            started.elapsed().as_secs_f64(),
        );
    }
    server.stop().await;
    let rows = installation.check_integrity().await;
    let total = |f: fn(&Acknowledged) -> usize| acks.iter().map(f).sum::<usize>();
    println!(
        "crash: {} saves, {} uploads and {} submissions acknowledged over {ROUNDS} kills, all found; \
         integrity checks pass on {rows} rows",
        total(|a| a.saves),
        total(|a| a.uploads),
        total(|a| a.submissions),
    );
    assert!(
        total(|a| a.submissions) > 0,
        "some applications were submitted"
    );
    drop(server);
    installation.remove().await;
}
