//! "Each word of the vocabulary has one spelling, in `heard-core`" as a check: no quoted role,
//! case status, category or urgency name may stand anywhere else in the non-test code of the
//! UI crates and the server (`"closed"` in Rust, `'closed'` in SQL). They are bound as enums
//! (`CaseStatus::Closed.as_str()`) instead.

use anyhow::{bail, Result};
use heard_core::vocabulary::{CaseStatus, Category, Role, Urgency};
use std::path::{Path, PathBuf};

/// Where the code to check lives (the domain crate itself is where the words are spelled).
const ROOTS: &[&str] = &["server/src", "app/src", "app/child/src", "app/console/src"];

/// Files the check leaves out, each for a reason.
const EXEMPT: &[(&str, &str)] = &[(
    "app/src/i18n/checks.rs",
    "a test module; `\"other\"` there is CLDR's plural category, not a case category",
)];

fn words() -> Vec<&'static str> {
    [
        Role::NAMES,
        CaseStatus::NAMES,
        Category::NAMES,
        Urgency::NAMES,
    ]
    .concat()
    .to_vec()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            rust_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    Ok(())
}

/// The quoted vocabulary words on one line of code (comments and test modules are not code).
fn literals<'a>(line: &str, words: &[&'a str]) -> Vec<&'a str> {
    let code = line.split("//").next().unwrap_or_default();
    words
        .iter()
        .filter(|w| code.contains(&format!("\"{w}\"")) || code.contains(&format!("'{w}'")))
        .copied()
        .collect()
}

pub fn no_vocabulary_literals(root: &Path) -> Result<()> {
    let words = words();
    let mut files = Vec::new();
    for dir in ROOTS {
        rust_files(&root.join(dir), &mut files)?;
    }
    let mut found = Vec::new();
    for file in files {
        let relative = file.strip_prefix(root).unwrap_or(&file).to_string_lossy();
        if EXEMPT.iter().any(|(path, _)| relative == *path) {
            continue;
        }
        let text = std::fs::read_to_string(&file)?;
        for (n, line) in text.lines().enumerate() {
            // Test modules sit at the end of a file by convention: stop there.
            if line.trim_start().starts_with("#[cfg(test)]") {
                break;
            }
            for word in literals(line, &words) {
                found.push(format!("{relative}:{}: {word:?}", n + 1));
            }
        }
    }
    if !found.is_empty() {
        bail!(
            "vocabulary words spelled outside heard-core (bind the enum instead):\n  {}",
            found.join("\n  ")
        );
    }
    println!("xtask: no role, status, category or urgency is spelled outside heard-core");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{literals, words};

    #[test]
    fn quoted_words_in_rust_and_sql_are_found_and_comments_are_not_code() {
        let words = words();
        assert_eq!(literals(r#"if s == "closed" {"#, &words), ["closed"]);
        assert_eq!(
            literals("WHERE c.status = 'closed' AND u = 'urgent'", &words).len(),
            2
        );
        assert!(literals("// the status 'closed' is bound", &words).is_empty());
        assert!(literals(r#"autocomplete="new-password""#, &words).is_empty());
        assert!(literals("CaseStatus::Closed.as_str()", &words).is_empty());
    }
}
