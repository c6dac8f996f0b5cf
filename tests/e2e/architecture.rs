//! The rules of the house that a compiler cannot see (ARCHITECTURE.md): the HTTP adapters read domain views,
//! never database rows.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Adapter files that still name an entity or its `Model`, waiting for their views. The list may only shrink:
/// a new file naming a row fails the test, and so does a file listed here that no longer needs to be.
const NOT_YET_ON_VIEWS: &[&str] = &[];

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

/// Whether a line names a sea-orm entity module or an entity's `Model` type.
fn names_a_row(line: &str) -> bool {
    let model = line.match_indices("::Model").any(|(at, name)| {
        !line[at + name.len()..]
            .chars()
            .next()
            .is_some_and(|next| next.is_alphanumeric() || next == '_')
    });
    model || line.contains("entity::")
}

#[test]
fn adapters_name_no_database_rows() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for crate_dir in ["api/src", "web/src"] {
        rust_files(&root.join(crate_dir), &mut files);
    }
    assert!(files.len() > 40, "found only {} adapter files", files.len());
    let mut naming = BTreeSet::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        if text.lines().any(names_a_row) {
            let relative = file
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            naming.insert(relative);
        }
    }
    let allowed: BTreeSet<String> = NOT_YET_ON_VIEWS.iter().map(|f| f.to_string()).collect();
    let new: Vec<_> = naming.difference(&allowed).collect();
    assert!(
        new.is_empty(),
        "these adapters name database rows; give them a domain view instead: {new:?}"
    );
    let done: Vec<_> = allowed.difference(&naming).collect();
    assert!(
        done.is_empty(),
        "these no longer name rows; take them off the list: {done:?}"
    );
}

#[test]
fn the_check_recognises_rows_and_nothing_else() {
    assert!(names_a_row(
        "use domain::projects::entity::{milestone, tranche};"
    ));
    assert!(names_a_row("fn f(t: &tranche::Model) {}"));
    assert!(names_a_row("let rows: Vec<call::Model> = vec![];"));
    assert!(!names_a_row("fn f(t: &TrancheView) -> ModelOut {}"));
    assert!(!names_a_row("let m = view::ModelView::new();"));
}
