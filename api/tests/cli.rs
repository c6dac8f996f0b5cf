//! The `convoca` command line, run as a user would run it.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn convoca(args: &[&str], database_url: &str, stdin: &str) -> Output {
    convoca_with_backtraces(args, database_url, stdin, false)
}

/// Runs the command, with `RUST_BACKTRACE=1` when `backtraces` (a user's refusal must still read as a message).
fn convoca_with_backtraces(
    args: &[&str],
    database_url: &str,
    stdin: &str,
    backtraces: bool,
) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_convoca"));
    command
        .args(args)
        .env("DATABASE_URL", database_url)
        .env("RUST_LOG", "warn");
    if backtraces {
        command.env("RUST_BACKTRACE", "1");
    } else {
        command.env_remove("RUST_BACKTRACE");
    }
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the convoca binary starts");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(stdin.as_bytes())
        .expect("stdin takes the input");
    child.wait_with_output().expect("the command finishes")
}

fn temporary_database() -> String {
    let path =
        std::env::temp_dir().join(format!("convoca_cli_{}.db", uuid::Uuid::new_v4().simple()));
    format!("sqlite://{}?mode=rwc", path.display())
}

#[test]
fn every_subcommand_has_help() {
    for command in [
        &["--help"][..],
        &["serve", "--help"],
        &["migrate", "--help"],
        &["demo-data", "--help"],
        &["create-user", "--help"],
        &["backup", "--help"],
        &["restore", "--help"],
    ] {
        let output = convoca(command, &temporary_database(), "");
        assert!(output.status.success(), "{command:?}");
        assert!(String::from_utf8_lossy(&output.stdout).contains("Usage: convoca"));
    }
}

#[test]
fn migrate_then_create_the_first_admin_with_the_password_on_stdin() {
    let database = temporary_database();
    let migrated = convoca(&["migrate"], &database, "");
    assert!(
        migrated.status.success(),
        "{}",
        String::from_utf8_lossy(&migrated.stderr)
    );
    let created = convoca(
        &[
            "create-user",
            "--email",
            "Admin@Example.org",
            "--name",
            "First Admin",
            "--role",
            "admin",
            "--password-stdin",
        ],
        &database,
        "a long enough password\n",
    );
    assert!(
        created.status.success(),
        "{}",
        String::from_utf8_lossy(&created.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&created.stdout).trim(),
        "Created First Admin <admin@example.org> with roles admin"
    );
}

#[test]
fn demo_data_loads_an_empty_database_recognises_it_again_and_refuses_any_other() {
    let database = temporary_database();
    let loaded = convoca(&["demo-data"], &database, "");
    let stdout = String::from_utf8_lossy(&loaded.stdout);
    assert!(
        loaded.status.success(),
        "{}",
        String::from_utf8_lossy(&loaded.stderr)
    );
    assert!(stdout.contains("Loaded the Convoca demo"), "{stdout}");
    for login in [
        "admin@demo.example",
        "manager@demo.example",
        "applicant.tunisia@demo.example",
        "applicant.argentina@demo.example",
        "reviewer@demo.example",
        "chair@demo.example",
    ] {
        assert!(stdout.contains(login), "{login} in {stdout}");
    }
    assert!(stdout.contains("Password for all of them: demo-convoca-2026"));

    // Again on the demo's own database: nothing loaded, the logins printed again.
    let again = convoca(&["demo-data"], &database, "");
    let stdout = String::from_utf8_lossy(&again.stdout);
    assert!(again.status.success());
    assert!(
        stdout.contains("already holds the Convoca demo"),
        "{stdout}"
    );
    assert!(stdout.contains("reviewer@demo.example"));

    // A database with someone else's data is refused, in one line, with a failing status.
    let other = temporary_database();
    let created = convoca(
        &[
            "create-user",
            "--email",
            "admin@example.org",
            "--name",
            "Admin",
            "--role",
            "admin",
            "--password-stdin",
        ],
        &other,
        "a long enough password\n",
    );
    assert!(created.status.success());
    let refused = convoca(&["demo-data"], &other, "");
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(!refused.status.success());
    assert!(
        stderr.contains(
            "is not empty and is not the Convoca demo's own database; nothing was changed"
        ),
        "{stderr}"
    );
    assert!(!String::from_utf8_lossy(&refused.stdout).contains("demo-convoca-2026"));
}

#[test]
fn create_user_explains_every_invalid_field_and_fails() {
    let output = convoca(
        &[
            "create-user",
            "--email",
            "nope",
            "--name",
            "X",
            "--role",
            "emperor",
            "--password-stdin",
        ],
        &temporary_database(),
        "short\n",
    );
    assert!(!output.status.success());
    let errors = String::from_utf8_lossy(&output.stderr);
    assert!(
        errors.contains("email: This is not a valid email address."),
        "{errors}"
    );
    assert!(
        errors.contains("password: The password must have at least 10 characters."),
        "{errors}"
    );
    assert!(errors.contains("roles: Unknown role"), "{errors}");
}

#[test]
fn a_weak_password_is_explained_in_one_line_without_a_backtrace() {
    let output = convoca_with_backtraces(
        &[
            "create-user",
            "--email",
            "admin@example.org",
            "--name",
            "Admin",
            "--role",
            "admin",
            "--password-stdin",
        ],
        &temporary_database(),
        "password12\n",
        true,
    );
    assert_eq!(output.status.code(), Some(1));
    let errors = String::from_utf8_lossy(&output.stderr);
    assert!(
        errors.contains("password: This password is too easy to guess"),
        "{errors}"
    );
    assert!(
        errors
            .lines()
            .any(|line| line == "convoca: the user was not created"),
        "{errors}"
    );
    for crash in ["backtrace", "panicked", "Error:", "Caused by", " at "] {
        assert!(!errors.contains(crash), "{crash:?} in {errors}");
    }
}

#[cfg(unix)]
#[test]
fn serve_answers_health_checks_and_stops_cleanly_on_sigterm() {
    use std::io::{BufRead, BufReader, Read};
    use std::net::{TcpListener, TcpStream};
    use std::time::{Duration, Instant};

    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let bind = format!("127.0.0.1:{port}");
    let mut child = Command::new(env!("CARGO_BIN_EXE_convoca"))
        .args(["serve", "--bind", &bind])
        .env("DATABASE_URL", temporary_database())
        .env("RUST_LOG", "info")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("convoca serve starts");
    let get = |path: &str| -> Option<String> {
        let mut stream = TcpStream::connect(&bind).ok()?;
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
        )
        .ok()?;
        let mut response = String::new();
        stream.read_to_string(&mut response).ok()?;
        Some(response)
    };
    let started = Instant::now();
    let health = loop {
        if let Some(response) = get("/healthz") {
            break response;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the server never answered"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(health.starts_with("HTTP/1.1 200"), "{health}");
    let ready = get("/readyz").expect("readyz answers");
    assert!(ready.starts_with("HTTP/1.1 200"), "{ready}");

    let terminated = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(terminated.success());
    let status = child.wait().expect("the server exits");
    assert!(status.success(), "exit status {status}");
    let log: Vec<String> = BufReader::new(child.stderr.take().expect("stderr is piped"))
        .lines()
        .map_while(Result::ok)
        .collect();
    assert!(
        log.iter().any(|line| line.contains("Convoca stopped")),
        "{log:?}"
    );
}
