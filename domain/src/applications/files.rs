//! Attachments: which files are accepted, judged by their content (never by their name alone), and where
//! they are kept: under the data directory, one file per SHA-256, so that the same document uploaded twice
//! is stored once and a stored file can be checked against its name.

use std::path::PathBuf;

use sha2::{Digest, Sha256};

use crate::{Error, Message, Result};

/// Largest attachment, in bytes (10 MiB).
pub const MAX_ATTACHMENT_BYTES: usize = 10 * 1024 * 1024;
/// Most attachments on one application.
pub const MAX_ATTACHMENTS: usize = 20;

/// An accepted file type: its media type and the file name extensions that may carry it.
struct Accepted {
    media_type: &'static str,
    extensions: &'static [&'static str],
}

/// PDF, common images, OpenDocument and Office Open XML documents. Legacy Office formats, archives,
/// executables, HTML and SVG are refused: they are where malicious content hides.
const ACCEPTED: &[Accepted] = &[
    Accepted {
        media_type: "application/pdf",
        extensions: &["pdf"],
    },
    Accepted {
        media_type: "image/png",
        extensions: &["png"],
    },
    Accepted {
        media_type: "image/jpeg",
        extensions: &["jpg", "jpeg"],
    },
    Accepted {
        media_type: "image/gif",
        extensions: &["gif"],
    },
    Accepted {
        media_type: "image/webp",
        extensions: &["webp"],
    },
    Accepted {
        media_type: "application/vnd.oasis.opendocument.text",
        extensions: &["odt"],
    },
    Accepted {
        media_type: "application/vnd.oasis.opendocument.spreadsheet",
        extensions: &["ods"],
    },
    Accepted {
        media_type: "application/vnd.oasis.opendocument.presentation",
        extensions: &["odp"],
    },
    Accepted {
        media_type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        extensions: &["docx"],
    },
    Accepted {
        media_type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        extensions: &["xlsx"],
    },
    Accepted {
        media_type: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        extensions: &["pptx"],
    },
];

/// The file name extensions accepted, for forms and error messages.
pub fn accepted_extensions() -> Vec<&'static str> {
    ACCEPTED
        .iter()
        .flat_map(|a| a.extensions.iter().copied())
        .collect()
}

/// A file that passed the checks: a safe name, its media type from its content, its size and hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedFile {
    /// The name to show, without any directory part.
    pub file_name: String,
    /// The media type found in the content.
    pub media_type: &'static str,
    /// Size in bytes.
    pub size: usize,
    /// Lowercase hex SHA-256 of the content.
    pub sha256: String,
}

/// Keeps the last path component, without control characters, at most 255 characters.
pub fn clean_file_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last.chars().filter(|c| !c.is_control()).take(255).collect();
    let cleaned = cleaned.trim();
    if cleaned.is_empty() || cleaned == "." || cleaned == ".." {
        "attachment".to_owned()
    } else {
        cleaned.to_owned()
    }
}

/// Checks an upload: not empty, not over 10 MiB, a type we accept according to its content, and a name
/// that does not claim another type (a `report.pdf` that is really a spreadsheet is refused).
pub fn check(file_name: &str, bytes: &[u8]) -> Result<CheckedFile, Message> {
    if bytes.is_empty() {
        return Err(Message::new("error-attachment-empty"));
    }
    if bytes.len() > MAX_ATTACHMENT_BYTES {
        return Err(Message::new("error-attachment-too-large").arg("max", "10 MiB"));
    }
    let file_name = clean_file_name(file_name);
    let detected = infer::get(bytes);
    let accepted = detected
        .and_then(|kind| ACCEPTED.iter().find(|a| a.media_type == kind.mime_type()))
        .ok_or_else(|| {
            Message::new("error-attachment-type")
                .arg(
                    "detected",
                    detected.map_or("unknown", |kind| kind.mime_type()),
                )
                .arg("accepted", accepted_extensions().join(", "))
        })?;
    if let Some((_, extension)) = file_name.rsplit_once('.') {
        let extension = extension.to_ascii_lowercase();
        let claims_accepted_type = accepted_extensions().contains(&extension.as_str());
        if claims_accepted_type && !accepted.extensions.contains(&extension.as_str()) {
            return Err(Message::new("error-attachment-disguised")
                .arg("name", &file_name)
                .arg("detected", accepted.media_type));
        }
    }
    Ok(CheckedFile {
        file_name,
        media_type: accepted.media_type,
        size: bytes.len(),
        sha256: hex::encode(Sha256::digest(bytes)),
    })
}

/// The directory where attachments are kept, one file per content hash.
#[derive(Debug, Clone)]
pub struct FileStore {
    root: PathBuf,
}

impl FileStore {
    /// A store under `data_dir` (files go to `data_dir/attachments/ab/abcdef…`).
    pub fn new(data_dir: impl Into<PathBuf>) -> Self {
        FileStore {
            root: data_dir.into().join("attachments"),
        }
    }

    fn path_of(&self, sha256: &str) -> Result<PathBuf> {
        // The hash comes from our own database, but a path is built from it: accept hex only.
        if sha256.len() != 64 || !sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(Error::Internal(format!("not a SHA-256: {sha256}")));
        }
        Ok(self.root.join(&sha256[..2]).join(sha256))
    }

    /// Stores the content under its hash (once: an existing file is kept). Written to a temporary name and
    /// flushed to disk first, so that neither a crash of the process nor one of the machine leaves half a
    /// file under a real hash.
    pub async fn put(&self, sha256: &str, bytes: &[u8]) -> Result<()> {
        let path = self.path_of(sha256)?;
        if tokio::fs::try_exists(&path).await.unwrap_or(false) {
            return Ok(());
        }
        let dir = path
            .parent()
            .ok_or_else(|| Error::Internal("attachment path has no parent".into()))?;
        let io = |err: std::io::Error| Error::Internal(format!("storing an attachment: {err}"));
        tokio::fs::create_dir_all(dir).await.map_err(io)?;
        let temporary = dir.join(format!(".{sha256}.{}", uuid::Uuid::new_v4()));
        let written = async {
            use tokio::io::AsyncWriteExt;
            let mut file = tokio::fs::File::create(&temporary).await?;
            file.write_all(bytes).await?;
            file.sync_all().await?;
            tokio::fs::rename(&temporary, &path).await
        }
        .await;
        if written.is_err() {
            tokio::fs::remove_file(&temporary).await.ok();
        }
        written.map_err(io)
    }

    /// Reads a stored file.
    pub async fn read(&self, sha256: &str) -> Result<Vec<u8>> {
        let path = self.path_of(sha256)?;
        tokio::fs::read(&path)
            .await
            .map_err(|err| Error::Internal(format!("reading attachment {sha256}: {err}")))
    }

    /// Removes a stored file; a file already gone is fine.
    pub async fn remove(&self, sha256: &str) -> Result<()> {
        let path = self.path_of(sha256)?;
        match tokio::fs::remove_file(&path).await {
            Ok(()) => Ok(()),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(err) => Err(Error::Internal(format!(
                "removing attachment {sha256}: {err}"
            ))),
        }
    }

    /// Whether a file with this hash is stored.
    pub async fn contains(&self, sha256: &str) -> bool {
        match self.path_of(sha256) {
            Ok(path) => tokio::fs::try_exists(path).await.unwrap_or(false),
            Err(_) => false,
        }
    }

    /// How many files are stored (for tests and operators checking that refused uploads left nothing).
    pub fn count(&self) -> usize {
        let Ok(shards) = std::fs::read_dir(&self.root) else {
            return 0;
        };
        shards
            .flatten()
            .filter_map(|shard| std::fs::read_dir(shard.path()).ok())
            .map(|files| {
                files
                    .flatten()
                    .filter(|f| !f.file_name().to_string_lossy().starts_with('.'))
                    .count()
            })
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PDF: &[u8] = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n";
    const PNG: &[u8] = &[
        0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, b'I', b'H', b'D', b'R',
    ];

    #[test]
    fn a_pdf_is_accepted_and_named_by_its_content() {
        let file = check("../../etc/Plan d'action.pdf", PDF).unwrap();
        assert_eq!(file.media_type, "application/pdf");
        assert_eq!(file.file_name, "Plan d'action.pdf");
        assert_eq!(file.sha256.len(), 64);
    }

    #[test]
    fn an_image_named_as_a_pdf_is_refused_as_disguised() {
        let refused = check("budget.pdf", PNG).unwrap_err();
        assert_eq!(refused.key, "error-attachment-disguised");
        assert!(check("photo.png", PNG).is_ok());
    }

    #[test]
    fn an_executable_or_html_page_is_refused_whatever_its_name() {
        let exe = [b"MZ".as_slice(), &[0x90; 64]].concat();
        assert_eq!(
            check("minutes.pdf", &exe).unwrap_err().key,
            "error-attachment-type"
        );
        assert_eq!(
            check("minutes.pdf", b"<html><script>alert(1)</script></html>")
                .unwrap_err()
                .key,
            "error-attachment-type"
        );
    }

    #[test]
    fn empty_and_oversized_files_are_refused() {
        assert_eq!(
            check("a.pdf", b"").unwrap_err().key,
            "error-attachment-empty"
        );
        let big = [PDF, &vec![b' '; MAX_ATTACHMENT_BYTES]].concat();
        assert_eq!(
            check("a.pdf", &big).unwrap_err().key,
            "error-attachment-too-large"
        );
    }

    #[tokio::test]
    async fn the_store_keeps_one_file_per_content() {
        let dir = std::env::temp_dir().join(format!("convoca-store-{}", uuid::Uuid::new_v4()));
        let store = FileStore::new(&dir);
        let file = check("a.pdf", PDF).unwrap();
        store.put(&file.sha256, PDF).await.unwrap();
        store.put(&file.sha256, PDF).await.unwrap();
        assert_eq!(store.count(), 1);
        assert_eq!(store.read(&file.sha256).await.unwrap(), PDF);
        store.remove(&file.sha256).await.unwrap();
        assert!(!store.contains(&file.sha256).await);
        assert!(store.path_of("../../etc/passwd").is_err());
        std::fs::remove_dir_all(dir).ok();
    }
}
