//! The `convoca` command: `serve`, `migrate`, `demo-data`, `create-user`, `backup` and `restore`.

use std::io::{BufRead, IsTerminal};

use anyhow::{Context, bail};
use clap::{Args, Parser, Subcommand};
use domain::accounts::NewUserInput;
use tracing_subscriber::EnvFilter;

/// Convoca: competitive calls for proposals between national programmes and local governments.
#[derive(Parser)]
#[command(name = "convoca", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Apply pending migrations, then serve the JSON API, its docs and the web UI.
    Serve(ServeArgs),
    /// Apply pending database migrations and exit.
    Migrate(DatabaseArgs),
    /// Load the demo (the three reference programmes) into an empty database and print its logins.
    DemoData(DatabaseArgs),
    /// Create a user, e.g. the first admin of a fresh install.
    CreateUser(CreateUserArgs),
    /// Copy the database and the attachments into a new folder, while servers keep running.
    Backup(BackupArgs),
    /// Put a backup in place: into an empty database and data directory, or replacing them with --force.
    Restore(RestoreArgs),
}

#[derive(Args)]
struct DatabaseArgs {
    /// Database URL: sqlite://FILE?mode=rwc or postgres://USER@HOST:PORT/DB.
    #[arg(long, env = "DATABASE_URL", default_value = domain::db::DEFAULT_DATABASE_URL)]
    database_url: String,
}

#[derive(Args)]
struct ServeArgs {
    #[command(flatten)]
    database: DatabaseArgs,
    /// Load the demo into an empty database first (or serve the demo's own database again) and print its
    /// logins; a database holding anything else is refused.
    #[arg(long)]
    demo: bool,
    /// Address and port to listen on.
    #[arg(long, env = "CONVOCA_BIND", default_value = "127.0.0.1:8080")]
    bind: String,
    /// Mark cookies Secure; set this when Convoca is served over HTTPS.
    #[arg(long, env = "CONVOCA_SECURE_COOKIES")]
    secure_cookies: bool,
    /// Send Strict-Transport-Security (one year, subdomains included): set it only when every visitor
    /// reaches Convoca over HTTPS, since browsers will then refuse plain HTTP for a year.
    #[arg(long, env = "CONVOCA_HSTS")]
    hsts: bool,
    /// Directory for uploaded attachments (created when needed); share it between servers.
    #[arg(long, env = "CONVOCA_DATA_DIR", default_value = api::DEFAULT_DATA_DIR)]
    data_dir: std::path::PathBuf,
    #[command(flatten)]
    store: api::store::StoreArgs,
    /// How long the selection board may search for the optimised selection, in milliseconds; past it the
    /// board shows the best selection found and how far from the best it can be.
    #[arg(long, env = "CONVOCA_OPTIMISER_BUDGET_MS", default_value_t = 300)]
    optimiser_budget_ms: u64,
    #[command(flatten)]
    mail: MailArgs,
    /// How many days before a committee's review deadline its members with reviews outstanding are
    /// reminded (once each).
    #[arg(long, env = "CONVOCA_REVIEW_REMINDER_DAYS", default_value_t = 3)]
    review_reminder_days: i64,
}

#[derive(Args)]
struct MailArgs {
    /// SMTP server for email: smtp://USER:PASS@HOST:587?tls=required (STARTTLS), smtps://USER:PASS@HOST:465
    /// (TLS) or smtp://HOST:25 (a local relay, unencrypted). Without it nothing is emailed: messages stay
    /// queued, visible in each person's inbox and in the admin outbox.
    #[arg(long, env = "CONVOCA_SMTP_URL")]
    smtp_url: Option<String>,
    /// The sender of every email.
    #[arg(
        long,
        env = "CONVOCA_MAIL_FROM",
        default_value = "Convoca <convoca@localhost>"
    )]
    mail_from: String,
    /// The address people open Convoca at, for the links in emails (default: http:// and --bind).
    #[arg(long, env = "CONVOCA_PUBLIC_URL")]
    public_url: Option<String>,
    /// How often the outbox is drained, in seconds.
    #[arg(long, env = "CONVOCA_MAIL_INTERVAL_SECS", default_value_t = 10)]
    mail_interval_secs: u64,
}

#[derive(Args)]
struct CreateUserArgs {
    #[command(flatten)]
    database: DatabaseArgs,
    /// Email address (the login).
    #[arg(long)]
    email: String,
    /// Display name.
    #[arg(long)]
    name: String,
    /// Role to grant; repeat for several (admin, manager, reviewer, applicant).
    #[arg(long = "role", required = true)]
    roles: Vec<String>,
    /// Read the password from the first line of standard input instead of prompting.
    #[arg(long)]
    password_stdin: bool,
}

#[derive(Args)]
struct BackupArgs {
    #[command(flatten)]
    database: DatabaseArgs,
    /// The attachments' directory (as given to `serve`).
    #[arg(long, env = "CONVOCA_DATA_DIR", default_value = api::DEFAULT_DATA_DIR)]
    data_dir: std::path::PathBuf,
    /// A new (or empty) folder for the backup.
    path: std::path::PathBuf,
}

#[derive(Args)]
struct RestoreArgs {
    #[command(flatten)]
    database: DatabaseArgs,
    /// The attachments' directory to restore into (as given to `serve`).
    #[arg(long, env = "CONVOCA_DATA_DIR", default_value = api::DEFAULT_DATA_DIR)]
    data_dir: std::path::PathBuf,
    /// Replace a database and data directory that are not empty (stop every server first).
    #[arg(long)]
    force: bool,
    /// The backup folder, as `convoca backup` made it.
    path: std::path::PathBuf,
}

/// Runs the command; a failure is printed as one plain message (with its causes), never as a debug dump or
/// a backtrace, and the process exits with status 1.
fn main() -> std::process::ExitCode {
    return_freed_memory_at_once();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("convoca: cannot start: {err}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("convoca: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// mimalloc instead of glibc's allocator: after a burst of sign-ins (each argon2 check takes about 19 MiB) glibc
/// kept the freed memory and the server stayed at hundreds of MiB; mimalloc gives it back (figures in the
/// README's performance section, measured with `bench/signin-burst.py`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `purge_delay` option, by its place in `mi_option_e` (mimalloc v3's `mimalloc.h`; the unit test
/// below checks it is the option whose default is 1,000 ms, between two options it knows).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Has mimalloc give freed memory back to the system at once rather than a second later: it purges only when it
/// is next called after the delay, so an idle server kept what a burst had freed (107 MiB two seconds after 200 sign-ins, against
/// 67 MiB with this; figures in the README). An operator's `MIMALLOC_PURGE_DELAY` wins.
fn return_freed_memory_at_once() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets one of mimalloc's global options, which it reads atomically; no pointer is involved.
        #[allow(unsafe_code)]
        unsafe {
            libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0)
        };
    }
}

/// The log filter when `RUST_LOG` is not set: the server's own messages, and of the access log only the
/// requests that failed on the server (`RUST_LOG=info` logs every request, one line each).
const DEFAULT_LOG_FILTER: &str = "info,sqlx=warn,convoca::access=warn";

async fn run() -> anyhow::Result<()> {
    // Logs go to standard error, so that command output (and scripts reading it) stay clean.
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| EnvFilter::new(DEFAULT_LOG_FILTER)),
        )
        .init();
    match Cli::parse().command {
        Command::Serve(args) => serve(args).await,
        Command::Migrate(args) => migrate(args).await,
        Command::DemoData(args) => demo_data(args).await,
        Command::CreateUser(args) => create_user(args).await,
        Command::Backup(args) => backup(args).await,
        Command::Restore(args) => restore(args).await,
    }
}

async fn migrate(args: DatabaseArgs) -> anyhow::Result<()> {
    api::prepare_database(&args.database_url).await?;
    println!("Migrations applied to {}", api::redact(&args.database_url));
    Ok(())
}

async fn demo_data(args: DatabaseArgs) -> anyhow::Result<()> {
    let db = api::prepare_database(&args.database_url)
        .await
        .with_context(|| format!("opening {}", api::redact(&args.database_url)))?;
    load_demo(&db, &args.database_url).await?;
    db.close().await.ok();
    Ok(())
}

/// Loads the demo into an empty database, or recognises the demo's own database, then prints the logins;
/// refuses any other database without touching it (see `domain::demo`).
async fn load_demo(db: &domain::DatabaseConnection, url: &str) -> anyhow::Result<()> {
    use domain::demo::{self, DatabaseState, Outcome};
    let where_ = api::redact(url);
    let started = std::time::Instant::now();
    match demo::load(db).await.context("loading the demo")? {
        Outcome::Loaded => println!(
            "Loaded the Convoca demo into {where_} in {:.1} s: Tunisia (decided, projects under way), \
             Germany (in review), Argentina (a cycle funded, the next one open).",
            started.elapsed().as_secs_f64()
        ),
        Outcome::AlreadyLoaded => {
            println!("{where_} already holds the Convoca demo; nothing was loaded.")
        }
        Outcome::Refused(DatabaseState::Interrupted) => bail!(
            "{where_} holds a demo whose loading did not finish; nothing was changed. \
             Load the demo into a new, empty database (e.g. --database-url 'sqlite://convoca-demo.db?mode=rwc')"
        ),
        Outcome::Refused(_) => bail!(
            "{where_} is not empty and is not the Convoca demo's own database; nothing was changed. \
             The demo loads only into an empty database: give another one, \
             e.g. --database-url 'sqlite://convoca-demo.db?mode=rwc'"
        ),
    }
    println!();
    println!(
        "Demo logins (every one with the password {}):",
        demo::DEMO_PASSWORD
    );
    println!();
    for login in &demo::LOGINS {
        println!("  {:<44} {:<34} {}", login.role, login.email, login.name);
        println!("  {:<44} start at {}", "", login.start);
    }
    println!();
    println!("Password for all of them: {}", demo::DEMO_PASSWORD);
    Ok(())
}

async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let settings = api::Settings {
        database_url: args.database.database_url,
        bind: args.bind,
        secure_cookies: args.secure_cookies,
        hsts: args.hsts,
        files: Some(
            args.store
                .open(&args.data_dir)
                .context("opening the attachment store")?,
        ),
        data_dir: args.data_dir,
        optimiser: domain::selection::optimum::Optimiser::new(std::time::Duration::from_millis(
            args.optimiser_budget_ms,
        )),
        ..api::Settings::default()
    };
    let db = api::prepare_database(&settings.database_url)
        .await
        .with_context(|| format!("opening {}", api::redact(&settings.database_url)))?;
    if args.demo {
        load_demo(&db, &settings.database_url).await?;
    }
    let app = api::build_app(db.clone(), &settings);
    // This process's name in the job leases, so that of several servers on one database one runs each job.
    let holder = domain::jobs::Holder::unique();
    tracing::info!("background jobs run under the lease holder name {holder}");
    tokio::spawn(remind_every_hour(
        db.clone(),
        holder.clone(),
        args.review_reminder_days,
    ));
    start_mail(&args.mail, &settings, &db)?;
    tracing::info!(
        "Convoca listens on http://{} (API docs at /api/docs)",
        settings.bind
    );
    poem::Server::new(poem::listener::TcpListener::bind(settings.bind.clone()))
        .run_with_graceful_shutdown(app, shutdown_signal(), None)
        .await
        .with_context(|| format!("serving on {}", settings.bind))?;
    // Hand the reminders over at once to another server, if any, instead of after the lease expires.
    domain::jobs::release(&db, domain::jobs::REMINDERS, &holder, chrono::Utc::now())
        .await
        .ok();
    db.close().await.ok();
    tracing::info!("Convoca stopped");
    Ok(())
}

/// Starts the email worker when SMTP settings are given; a malformed setting stops the server at start-up.
fn start_mail(
    args: &MailArgs,
    settings: &api::Settings,
    db: &domain::DatabaseConnection,
) -> anyhow::Result<()> {
    let Some(smtp_url) = &args.smtp_url else {
        tracing::info!(
            "no --smtp-url: nothing is emailed; messages stay queued in the outbox and the inboxes"
        );
        return Ok(());
    };
    let mail = api::mail::MailSettings {
        smtp_url: smtp_url.clone(),
        from: args.mail_from.clone(),
        public_url: args
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", settings.bind)),
    };
    let mailer = api::mail::Mailer::new(&mail)?;
    tracing::info!(
        "emails go out through {} as {}",
        api::redact(smtp_url),
        mail.from
    );
    tokio::spawn(api::mail::run(
        db.clone(),
        mailer,
        settings.clock.clone(),
        std::time::Duration::from_secs(args.mail_interval_secs.max(1)),
    ));
    Ok(())
}

/// Queues progress-report reminders (before and after the due date) and review-deadline reminders once an
/// hour; each is queued once. With several servers on one database only the holder of the `reminders`
/// lease runs them: it renews the lease each hour, for longer than an hour, so that another server takes
/// over only when it stops (at once when it stops gracefully, within two hours and a half if it crashes).
async fn remind_every_hour(
    db: domain::DatabaseConnection,
    holder: domain::jobs::Holder,
    review_reminder_days: i64,
) {
    let lease = chrono::Duration::minutes(90);
    let mut interval = tokio::time::interval(std::time::Duration::from_secs(3600));
    loop {
        interval.tick().await;
        let now = chrono::Utc::now();
        match domain::jobs::acquire(&db, domain::jobs::REMINDERS, &holder, now, lease).await {
            Ok(true) => {}
            Ok(false) => {
                tracing::debug!("reminders: another server holds the lease");
                continue;
            }
            Err(err) => {
                tracing::warn!("reminders: cannot take the lease: {err}");
                continue;
            }
        }
        match domain::projects::work::queue_report_reminders(&db, now).await {
            Ok(0) => {}
            Ok(queued) => tracing::info!("queued {queued} report reminders"),
            Err(err) => tracing::warn!("report reminders failed: {err}"),
        }
        match domain::reviews::progress::queue_deadline_reminders(&db, now, review_reminder_days)
            .await
        {
            Ok(0) => {}
            Ok(queued) => tracing::info!("queued {queued} review-deadline reminders"),
            Err(err) => tracing::warn!("review-deadline reminders failed: {err}"),
        }
    }
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM, so that in-flight requests finish before the process exits.
async fn shutdown_signal() {
    let interrupt = async {
        tokio::signal::ctrl_c().await.ok();
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}

async fn create_user(args: CreateUserArgs) -> anyhow::Result<()> {
    let password = read_password(args.password_stdin)?;
    let db = api::prepare_database(&args.database.database_url).await?;
    let input = NewUserInput {
        email: args.email,
        name: args.name,
        password,
        roles: args.roles,
        organisation_id: None,
    };
    match domain::accounts::users::create_from_command_line(&db, &input).await {
        Ok(user) => {
            let roles: Vec<_> = user.roles.iter().map(|r| r.as_str()).collect();
            println!(
                "Created {} <{}> with roles {}",
                user.name,
                user.email,
                roles.join(", ")
            );
            Ok(())
        }
        Err(domain::Error::Validation(errors)) => {
            for error in errors {
                eprintln!(
                    "{}: {}",
                    error.field,
                    i18n::Lang::En.message(&error.message)
                );
            }
            bail!("the user was not created")
        }
        Err(err) => Err(err.into()),
    }
}

async fn backup(args: BackupArgs) -> anyhow::Result<()> {
    use api::backup::{elapsed, size};
    let started = std::time::Instant::now();
    let manifest = api::backup::backup(&args.database.database_url, &args.data_dir, &args.path)
        .await
        .with_context(|| format!("backing up to {}", args.path.display()))?;
    for sha256 in &manifest.missing_attachments {
        eprintln!(
            "warning: attachment {sha256} is named by the database but was not in {}",
            args.data_dir.display()
        );
    }
    println!(
        "Backed up {} ({}) and {} attachments ({}) to {} in {}",
        api::redact(&args.database.database_url),
        size(manifest.database_bytes),
        manifest.attachments,
        size(manifest.attachment_bytes),
        args.path.display(),
        elapsed(started),
    );
    Ok(())
}

async fn restore(args: RestoreArgs) -> anyhow::Result<()> {
    use api::backup::{elapsed, size};
    let started = std::time::Instant::now();
    let manifest = api::backup::restore(
        &args.path,
        &args.database.database_url,
        &args.data_dir,
        args.force,
    )
    .await
    .with_context(|| format!("restoring {}", args.path.display()))?;
    println!(
        "Restored the backup of {} ({}, Convoca {}) into {} and {} attachments ({}) into {} in {}",
        manifest
            .created_at
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        size(manifest.database_bytes),
        manifest.convoca_version,
        api::redact(&args.database.database_url),
        manifest.attachments,
        size(manifest.attachment_bytes),
        args.data_dir.display(),
        elapsed(started),
    );
    Ok(())
}

fn read_password(from_stdin: bool) -> anyhow::Result<String> {
    if from_stdin || !std::io::stdin().is_terminal() {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        return Ok(line.trim_end_matches(['\r', '\n']).to_owned());
    }
    let password = rpassword::prompt_password("Password: ")?;
    let again = rpassword::prompt_password("Password again: ")?;
    if password != again {
        bail!("the passwords differ");
    }
    Ok(password)
}

#[cfg(test)]
mod tests {
    use super::MI_OPTION_PURGE_DELAY;

    #[test]
    #[allow(unsafe_code)]
    fn the_option_set_at_start_up_is_mimallocs_purge_delay() {
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_some() {
            return;
        }
        // SAFETY: reads three of mimalloc's global options.
        let options = unsafe {
            [-1, 0, 1].map(|offset| libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY + offset))
        };
        // In mimalloc v3's `options.c`: the deprecated eager commit delay (1), the purge delay (1,000 ms), the
        // number of NUMA nodes to use (0).
        assert_eq!(options, [1, 1000, 0]);
    }
}
