//! A small SMTP server for tests: it accepts every message (or answers with a temporary failure, when told
//! to) and keeps what it received, parsed, so that tests can read the emails Convoca sends.

use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// An email the sink received.
#[derive(Debug, Clone)]
pub struct Received {
    /// The envelope's recipients.
    pub to: Vec<String>,
    /// The decoded subject.
    pub subject: String,
    /// The decoded plain-text body.
    pub text: String,
    /// The decoded HTML body.
    pub html: String,
    /// The `Message-ID` header.
    pub message_id: String,
}

impl Received {
    /// The first `http(s)://` address in the plain-text body.
    pub fn first_link(&self) -> Option<String> {
        self.text
            .split_whitespace()
            .find(|word| word.starts_with("http://") || word.starts_with("https://"))
            .map(str::to_owned)
    }
}

/// A running sink on a free loopback port; it stops when dropped with the test's runtime.
#[derive(Clone)]
pub struct SmtpSink {
    /// Its port.
    pub port: u16,
    received: Arc<Mutex<Vec<Received>>>,
    failing: Arc<Mutex<bool>>,
}

impl SmtpSink {
    /// Starts a sink that accepts every message.
    pub async fn start() -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("a free port");
        let port = listener.local_addr().expect("bound").port();
        let sink = SmtpSink {
            port,
            received: Arc::default(),
            failing: Arc::default(),
        };
        let shared = sink.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let session = shared.clone();
                tokio::spawn(async move { session.serve(socket).await });
            }
        });
        sink
    }

    /// `smtp://127.0.0.1:<port>`, for `MailSettings::smtp_url`.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// While `failing`, every message is answered `451` (a temporary failure) and not kept.
    pub fn set_failing(&self, failing: bool) {
        *self.failing.lock().unwrap() = failing;
    }

    /// What it received so far.
    pub fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }

    /// The messages received for `address`.
    pub fn for_address(&self, address: &str) -> Vec<Received> {
        self.received()
            .into_iter()
            .filter(|m| m.to.iter().any(|to| to.eq_ignore_ascii_case(address)))
            .collect()
    }

    async fn serve(&self, socket: tokio::net::TcpStream) {
        let (read, mut write) = socket.into_split();
        let mut lines = BufReader::new(read);
        let mut to = Vec::new();
        if write.write_all(b"220 sink ESMTP\r\n").await.is_err() {
            return;
        }
        loop {
            let mut line = String::new();
            match lines.read_line(&mut line).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
            let command = line.trim_end().to_ascii_uppercase();
            let reply: &[u8] = if command.starts_with("EHLO") || command.starts_with("HELO") {
                b"250-sink\r\n250 8BITMIME\r\n"
            } else if command.starts_with("MAIL FROM") {
                to.clear();
                b"250 OK\r\n"
            } else if command.starts_with("RCPT TO") {
                let address = line.trim_end()[8..]
                    .trim()
                    .trim_start_matches('<')
                    .trim_end_matches('>')
                    .to_owned();
                to.push(address);
                b"250 OK\r\n"
            } else if command == "DATA" {
                if write.write_all(b"354 go ahead\r\n").await.is_err() {
                    return;
                }
                let mut data = Vec::new();
                loop {
                    let mut part = String::new();
                    match lines.read_line(&mut part).await {
                        Ok(0) | Err(_) => return,
                        Ok(_) => {}
                    }
                    if part == ".\r\n" {
                        break;
                    }
                    let part = part.strip_prefix('.').unwrap_or(&part).to_owned();
                    data.extend_from_slice(part.as_bytes());
                }
                if *self.failing.lock().unwrap() {
                    b"451 try again later\r\n"
                } else {
                    self.keep(std::mem::take(&mut to), &data);
                    b"250 kept\r\n"
                }
            } else if command.starts_with("QUIT") {
                let _ = write.write_all(b"221 bye\r\n").await;
                return;
            } else {
                b"250 OK\r\n"
            };
            if write.write_all(reply).await.is_err() {
                return;
            }
        }
    }

    fn keep(&self, to: Vec<String>, data: &[u8]) {
        let parsed = mail_parser::MessageParser::default()
            .parse(data)
            .expect("Convoca sends parseable mail");
        let received = Received {
            to,
            subject: parsed.subject().unwrap_or_default().to_owned(),
            text: parsed
                .body_text(0)
                .map(|t| t.into_owned())
                .unwrap_or_default(),
            html: parsed
                .body_html(0)
                .map(|t| t.into_owned())
                .unwrap_or_default(),
            message_id: parsed.message_id().unwrap_or_default().to_owned(),
        };
        self.received.lock().unwrap().push(received);
    }
}
