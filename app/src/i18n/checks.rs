//! The checks that keep every locale whole, with the real Fluent parser (`fluent-syntax`):
//! every file parses, no id twice, no message English lacks, the same variables as English,
//! every selector ends in `*[other]`, plural keys among the categories CLDR gives the locale (or
//! exact numbers where it gives none), every English variable documented, a usable default
//! fallback, `locales/` agreeing with the catalog and the console's list of reply files, and a
//! stylesheet of logical properties only (physical sides do not mirror on right-to-left pages).

use super::sources::{self, Folder};
use super::Locale;
use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement, VariantKey};
use std::collections::{BTreeMap, BTreeSet};

/// What the checks need of one message.
struct Message {
    file: &'static str,
    vars: BTreeSet<String>,
    /// Keys of every selector's variants, and whether each selector's default is `other`.
    keys: Vec<String>,
    defaults_other: bool,
    comment: String,
}

fn walk_pattern(p: &ast::Pattern<&str>, m: &mut Message) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            walk_expression(expression, m);
        }
    }
}

fn walk_expression(e: &Expression<&str>, m: &mut Message) {
    match e {
        Expression::Select { selector, variants } => {
            walk_inline(selector, m);
            for v in variants {
                let key = match &v.key {
                    VariantKey::Identifier { name } => name.to_string(),
                    VariantKey::NumberLiteral { value } => value.to_string(),
                };
                if v.default && key != "other" {
                    m.defaults_other = false;
                }
                m.keys.push(key);
                walk_pattern(&v.value, m);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, m),
    }
}

fn walk_inline(e: &InlineExpression<&str>, m: &mut Message) {
    match e {
        InlineExpression::VariableReference { id } => {
            m.vars.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, m),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, m);
            }
            for a in &arguments.named {
                walk_inline(&a.value, m);
            }
        }
        _ => {}
    }
}

/// A locale's messages, failing on any parse error or duplicate id.
fn messages(folder: &Folder) -> BTreeMap<String, Message> {
    let mut out = BTreeMap::new();
    for (file, text) in folder.ftl {
        let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(_, errors)| {
            panic!("{}/{file}.ftl does not parse: {errors:?}", folder.code)
        });
        for entry in resource.body {
            let (id, value, comment) = match entry {
                Entry::Message(m) => (m.id.name.to_owned(), m.value, m.comment),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.comment),
                Entry::Junk { content } => panic!("{}/{file}.ftl: junk {content:?}", folder.code),
                _ => continue,
            };
            let mut m = Message {
                file,
                vars: BTreeSet::new(),
                keys: Vec::new(),
                defaults_other: true,
                comment: comment.map(|c| c.content.join("\n")).unwrap_or_default(),
            };
            if let Some(p) = &value {
                walk_pattern(p, &mut m);
            }
            assert!(
                out.insert(id.clone(), m).is_none(),
                "{}: duplicate id {id}",
                folder.code
            );
        }
    }
    out
}

fn folder(code: &str) -> &'static Folder {
    sources::ALL
        .iter()
        .find(|f| f.code == code)
        .expect("locale folder")
}

#[test]
fn every_locale_parses_and_matches_english() {
    let english = messages(folder("en"));
    assert!(english.len() > 300, "{}", english.len());
    for f in sources::ALL {
        let locale = Locale::parse(f.code).expect("folder in the catalog");
        let categories = plural_categories(locale);
        for (id, m) in messages(f) {
            let en = english
                .get(&id)
                .unwrap_or_else(|| panic!("{}: {id} is not in English", f.code));
            assert_eq!(
                m.file, en.file,
                "{}: {id} is in another file than in English",
                f.code
            );
            assert_eq!(
                m.vars, en.vars,
                "{}: {id} has other variables than English",
                f.code
            );
            assert!(
                m.defaults_other,
                "{}: {id} has a selector without *[other]",
                f.code
            );
            for key in &m.keys {
                let numeric = key.parse::<f64>().is_ok();
                if let Some(categories) = &categories {
                    assert!(
                        numeric || categories.contains(key.as_str()),
                        "{}: {id} has variant [{key}], but its plural categories are {categories:?}",
                        f.code
                    );
                } else {
                    assert!(
                        numeric || key == "other",
                        "{}: {id} uses [{key}], but {} has no CLDR plural rules: use exact numbers",
                        f.code,
                        f.code
                    );
                }
            }
        }
    }
}

/// The plural categories CLDR gives a locale (found by asking for many numbers), or `None`.
fn plural_categories(locale: Locale) -> Option<BTreeSet<&'static str>> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let tag: unic_langid::LanguageIdentifier = locale.about().plurals?.parse().ok()?;
    let rules = PluralRules::create(tag, PluralRuleType::CARDINAL).ok()?;
    let samples = (0..=200).map(f64::from).chain([0.5, 1.5, 2.5, 1_000_000.0]);
    Some(
        samples
            .filter_map(|n| rules.select(n).ok())
            .map(|c| match c {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            })
            .collect(),
    )
}

#[test]
fn a_selector_key_a_language_cannot_match_is_caught() {
    let chinese = plural_categories(Locale::Zh).unwrap();
    assert!(!chinese.contains("one"), "{chinese:?}");
    let russian = plural_categories(Locale::Ru).unwrap();
    assert!(["one", "few", "many", "other"]
        .iter()
        .all(|c| russian.contains(c)));
    assert_eq!(plural_categories(Locale::Quc), None);
}

#[test]
fn every_default_fallback_is_another_fully_translated_language() {
    for f in sources::ALL {
        let status: toml::Table = toml::from_str(f.status).unwrap();
        let code = status["default_fallback"].as_str().unwrap();
        let fallback = Locale::parse(code)
            .filter(|l| Locale::ALL.contains(l))
            .unwrap_or_else(|| panic!("{}: unknown default_fallback {code:?}", f.code));
        assert!(
            super::coverage(fallback).is_full(),
            "{}: {code} is partial",
            f.code
        );
        assert!(
            fallback.code() != f.code || f.code == "en",
            "{} falls back to itself",
            f.code
        );
    }
}

#[test]
fn the_console_carries_the_reply_templates_of_every_language() {
    // `sources::replies` lists the files by hand (include_str! needs literals): keep it whole.
    let source = include_str!("sources.rs");
    let start = source.find("let all = replies!(").expect("the list");
    let list = &source[start..start + source[start..].find(");").unwrap()];
    let listed: BTreeSet<&str> = list.split('"').skip(1).step_by(2).collect();
    let catalog: BTreeSet<&str> = Locale::ALL.iter().map(|l| l.code()).collect();
    assert_eq!(listed, catalog);
}

#[test]
fn every_english_variable_is_documented_in_a_comment() {
    for (id, m) in messages(folder("en")) {
        for var in &m.vars {
            assert!(
                m.comment.contains(&format!("${var}")),
                "en: {id} uses ${var} but its comment does not say what it is"
            );
        }
    }
}

#[test]
fn the_catalog_and_the_locale_folders_agree() {
    let folders: BTreeSet<&str> = sources::ALL.iter().map(|f| f.code).collect();
    let catalog: BTreeSet<&str> = Locale::ALL.iter().map(|l| l.code()).collect();
    assert_eq!(folders, catalog);
    assert!(Locale::ALL.len() >= 25);
    let on_disk: BTreeSet<String> =
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales"))
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
    assert_eq!(
        on_disk.iter().map(String::as_str).collect::<BTreeSet<_>>(),
        folders
    );
    for l in Locale::CONSOLE {
        assert!(
            folder(l.code())
                .ftl
                .iter()
                .any(|(name, _)| *name == "console"),
            "{}",
            l.code()
        );
    }
    for f in sources::ALL {
        let status: toml::Table =
            toml::from_str(f.status).unwrap_or_else(|e| panic!("{}: {e}", f.code));
        for key in ["translator", "native_review", "default_fallback"] {
            assert!(
                status.contains_key(key),
                "{}/status.toml lacks {key}",
                f.code
            );
        }
        let demo: toml::Table =
            toml::from_str(f.demo).unwrap_or_else(|e| panic!("{}: {e}", f.code));
        assert!(
            demo.contains_key("helpline") && demo.contains_key("facility"),
            "{}",
            f.code
        );
    }
}

#[test]
fn plural_rules_exist_exactly_where_the_catalog_says() {
    use intl_pluralrules::{PluralRuleType, PluralRules};
    for l in Locale::ALL {
        let about = l.about();
        let tag: unic_langid::LanguageIdentifier =
            about.plurals.unwrap_or(about.code).parse().unwrap();
        let has = PluralRules::create(tag, PluralRuleType::CARDINAL).is_ok();
        assert_eq!(has, about.plurals.is_some(), "{}", about.code);
    }
}

#[test]
fn every_message_resolves_in_every_locale_without_a_blank() {
    use super::Lang;
    let english = messages(folder("en"));
    for l in Locale::ALL.into_iter().chain([Locale::Pseudo]) {
        let lang = Lang::plain(l);
        for (id, m) in &english {
            if id.starts_with('-') {
                continue;
            }
            let args: Vec<(&'static str, fluent_bundle::FluentValue<'static>)> = m
                .vars
                .iter()
                .map(|v| (&*v.clone().leak(), fluent_bundle::FluentValue::from(2)))
                .collect();
            let text = lang.t_args(id, &args);
            assert!(!text.trim().is_empty() && text != *id, "{}: {id}", l.code());
        }
    }
}

#[test]
fn the_stylesheet_uses_logical_properties_only() {
    // Physical sides do not mirror on a right-to-left page; `inline-start`/`inline-end` do.
    let css = include_str!("../../../style/heard.css");
    let physical = [
        "margin-left",
        "margin-right",
        "padding-left",
        "padding-right",
        "border-left",
        "border-right",
        "text-align: left",
        "text-align: right",
        "float:",
        "left:",
        "right:",
    ];
    for (n, line) in css.lines().enumerate() {
        let code = line.split("/*").next().unwrap_or_default();
        for p in physical {
            let at = code.find(p);
            // `inset-inline-end:` contains no bare `left:`; a bare one starts the declaration.
            let bare = at.is_some_and(|i| {
                i == 0
                    || !code.as_bytes()[i - 1].is_ascii_alphabetic()
                        && code.as_bytes()[i - 1] != b'-'
            });
            assert!(
                !bare,
                "style/heard.css:{}: {p} does not mirror: {line}",
                n + 1
            );
        }
    }
}
