//! The `convoca` command: `serve`, `migrate` and `create-user`.

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
    /// Create a user, e.g. the first admin of a fresh install.
    CreateUser(CreateUserArgs),
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
    /// How long the selection board may search for the optimised selection, in milliseconds; past it the
    /// board shows the best selection found and how far from the best it can be.
    #[arg(long, env = "CONVOCA_OPTIMISER_BUDGET_MS", default_value_t = 300)]
    optimiser_budget_ms: u64,
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

/// Runs the command; a failure is printed as one plain message (with its causes), never as a debug dump or
/// a backtrace, and the process exits with status 1.
fn main() -> std::process::ExitCode {
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

async fn run() -> anyhow::Result<()> {
    // Logs go to standard error, so that command output (and scripts reading it) stay clean.
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .init();
    match Cli::parse().command {
        Command::Serve(args) => serve(args).await,
        Command::Migrate(args) => {
            api::prepare_database(&args.database_url).await?;
            println!("Migrations applied to {}", redact(&args.database_url));
            Ok(())
        }
        Command::CreateUser(args) => create_user(args).await,
    }
}

async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let settings = api::Settings {
        database_url: args.database.database_url,
        bind: args.bind,
        secure_cookies: args.secure_cookies,
        hsts: args.hsts,
        data_dir: args.data_dir,
        optimiser: domain::selection::optimum::Optimiser::new(std::time::Duration::from_millis(
            args.optimiser_budget_ms,
        )),
        ..api::Settings::default()
    };
    let db = api::prepare_database(&settings.database_url)
        .await
        .with_context(|| format!("opening {}", redact(&settings.database_url)))?;
    let app = api::build_app(db.clone(), &settings);
    tokio::spawn(remind_every_hour(db.clone()));
    tracing::info!(
        "Convoca listens on http://{} (API docs at /api/docs)",
        settings.bind
    );
    poem::Server::new(poem::listener::TcpListener::bind(settings.bind.clone()))
        .run_with_graceful_shutdown(app, shutdown_signal(), None)
        .await
        .with_context(|| format!("serving on {}", settings.bind))?;
    db.close().await.ok();
    tracing::info!("Convoca stopped");
    Ok(())
}

/// Queues progress-report reminders (before and after the due date) once an hour; each is sent once.
async fn remind_every_hour(db: domain::DatabaseConnection) {
    let mut interval = tokio::time::interval(std::time::Duration::from_secs(3600));
    loop {
        interval.tick().await;
        match domain::projects::work::queue_report_reminders(&db, chrono::Utc::now()).await {
            Ok(0) => {}
            Ok(queued) => tracing::info!("queued {queued} report reminders"),
            Err(err) => tracing::warn!("report reminders failed: {err}"),
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
                    web::i18n::Lang::En.message(&error.message)
                );
            }
            bail!("the user was not created")
        }
        Err(err) => Err(err.into()),
    }
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

/// The URL without its password, for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}
