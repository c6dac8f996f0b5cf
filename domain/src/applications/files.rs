//! Attachments: which files are accepted, judged by their content (never by their name alone). Where they
//! are kept is [`crate::files`].

use crate::Message;
pub use crate::files::{FileStore, StagedFile};

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

/// Checks a received upload: not empty, not over 10 MiB, a type we accept according to its first bytes,
/// and a name that does not claim another type (a `report.pdf` that is really a spreadsheet is refused).
pub fn check(file_name: &str, file: &StagedFile) -> Result<CheckedFile, Message> {
    check_content(
        file_name,
        file.head(),
        file.size(),
        file.is_too_large(),
        file.sha256(),
    )
}

fn check_content(
    file_name: &str,
    head: &[u8],
    size: u64,
    too_large: bool,
    sha256: &str,
) -> Result<CheckedFile, Message> {
    if size == 0 {
        return Err(Message::new("error-attachment-empty"));
    }
    if too_large || size > MAX_ATTACHMENT_BYTES as u64 {
        return Err(Message::new("error-attachment-too-large").arg("max", "10 MiB"));
    }
    let file_name = clean_file_name(file_name);
    let detected = infer::get(head);
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
        size: usize::try_from(size).unwrap_or(usize::MAX),
        sha256: sha256.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::{Digest, Sha256};

    /// The checks on content in memory, as an upload would be received.
    fn check(file_name: &str, bytes: &[u8]) -> Result<CheckedFile, Message> {
        let sha256 = hex::encode(Sha256::digest(bytes));
        let head = &bytes[..bytes.len().min(crate::files::staged::SNIFF_BYTES)];
        check_content(file_name, head, bytes.len() as u64, false, &sha256)
    }

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
}
