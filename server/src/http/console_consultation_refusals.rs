//! Why a consultation's definition or its actions were refused, in the lead's language: every
//! `DefinitionError` and `ActionsError` (and what the admin path adds) to its message.

use super::console_error::ConsoleError;
use crate::consultation_admin::AdminError;
use app::consultation::{ActionsError, DefinitionError};
use app::i18n::{FluentValue, Lang};
use http::StatusCode;

/// A refusal in the lead's language: the message id and its arguments.
pub(super) fn said(lang: Lang, id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    lang.t_args(id, args)
}

fn definition_message(lang: Lang, e: &DefinitionError) -> String {
    use DefinitionError as E;
    let s = |v: &String| FluentValue::from(v.clone());
    match e {
        E::BadId(id) => said(lang, "builder-bad-id", &[("id", s(id))]),
        E::BadDay(day) => said(lang, "builder-bad-day", &[("day", s(day))]),
        E::ClosesBeforeOpening => lang.t("builder-closes-before"),
        E::MinGroupTooLow(k) => said(lang, "builder-k-low", &[("k", (*k).into())]),
        E::UnknownLocale(l) => said(lang, "builder-unknown-locale", &[("locale", s(l))]),
        E::NoLocale => lang.t("builder-no-locale"),
        E::QuestionCount => said(
            lang,
            "builder-question-count",
            &[("max", app::consultation::definition::MAX_QUESTIONS.into())],
        ),
        E::BadKey(key) => said(lang, "builder-bad-key", &[("key", s(key))]),
        E::OptionCount(q, min, max) => said(
            lang,
            "builder-option-count",
            &[
                ("question", s(q)),
                ("min", (*min).into()),
                ("max", (*max).into()),
            ],
        ),
        E::FreeTextOptions(q) => said(lang, "builder-free-text-options", &[("question", s(q))]),
        E::BadIcon(what) => said(lang, "builder-bad-icon", &[("what", s(what))]),
        E::MissingText(l, t) => said(
            lang,
            "builder-missing-text",
            &[("locale", s(l)), ("text", s(t))],
        ),
        E::BadText(l, t) => said(
            lang,
            "builder-bad-text",
            &[("locale", s(l)), ("text", s(t))],
        ),
        E::UnknownText(l, t) => said(
            lang,
            "builder-unknown-text",
            &[("locale", s(l)), ("text", s(t))],
        ),
    }
}

fn actions_message(lang: Lang, e: &ActionsError) -> String {
    use ActionsError as E;
    let s = |v: &String| FluentValue::from(v.clone());
    match e {
        E::Count => lang.t("builder-actions-count"),
        E::UnknownQuestion(n, q) => said(
            lang,
            "builder-actions-question",
            &[("n", (*n).into()), ("question", s(q))],
        ),
        E::MissingText(n, l) => said(
            lang,
            "builder-actions-missing",
            &[("n", (*n).into()), ("locale", s(l))],
        ),
        E::MissingWhy(n, l) => said(
            lang,
            "builder-actions-why",
            &[("n", (*n).into()), ("locale", s(l))],
        ),
        E::BadText(n, l) => said(
            lang,
            "builder-actions-text",
            &[("n", (*n).into()), ("locale", s(l))],
        ),
    }
}

/// The translated reason and status of a refusal; `Err` for a failure of the machinery.
pub(super) fn refusal(lang: Lang, e: AdminError) -> Result<(StatusCode, String), ConsoleError> {
    let s = |v: String| FluentValue::from(v);
    let told = match e {
        AdminError::NotToml(detail) => said(lang, "builder-not-toml", &[("detail", s(detail))]),
        AdminError::Definition(e) => definition_message(lang, &e),
        AdminError::Actions(e) => actions_message(lang, &e),
        AdminError::Exists(id) => said(lang, "builder-exists", &[("id", s(id))]),
        AdminError::UnknownPlace(p) => said(lang, "builder-unknown-place", &[("place", s(p))]),
        AdminError::NoConsultation(_) => return Err(ConsoleError::NotFound),
        AdminError::NotOpen(_) => lang.t("manage-not-open"),
        AdminError::Store(e) => return Err(ConsoleError::unexpected("changing a consultation", e)),
    };
    Ok((StatusCode::BAD_REQUEST, told))
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::i18n::Locale;

    fn every_refusal() -> Vec<AdminError> {
        use ActionsError as A;
        use DefinitionError as D;
        let s = || "x".to_owned();
        let mut all: Vec<AdminError> = [
            D::BadId(s()),
            D::BadDay(s()),
            D::ClosesBeforeOpening,
            D::MinGroupTooLow(3),
            D::UnknownLocale(s()),
            D::NoLocale,
            D::QuestionCount,
            D::BadKey(s()),
            D::OptionCount(s(), 2, 8),
            D::FreeTextOptions(s()),
            D::BadIcon(s()),
            D::MissingText(s(), s()),
            D::BadText(s(), s()),
            D::UnknownText(s(), s()),
        ]
        .into_iter()
        .map(AdminError::from)
        .collect();
        all.extend(
            [
                A::Count,
                A::UnknownQuestion(1, s()),
                A::MissingText(1, s()),
                A::MissingWhy(1, s()),
                A::BadText(1, s()),
            ]
            .into_iter()
            .map(AdminError::from),
        );
        all.extend([
            AdminError::NotToml(s()),
            AdminError::Exists(s()),
            AdminError::UnknownPlace(s()),
            AdminError::NotOpen(s()),
        ]);
        all
    }

    #[test]
    fn every_refusal_of_a_definition_is_said_in_every_console_language() {
        let english: Vec<String> = every_refusal()
            .into_iter()
            .map(|e| {
                refusal(Lang::plain(Locale::parse("en").unwrap()), e)
                    .unwrap()
                    .1
            })
            .collect();
        for said in &english {
            // A missing message is shown as its id.
            assert!(
                !said.starts_with("builder-") && !said.starts_with("manage-"),
                "{said}"
            );
        }
        for locale in Locale::CONSOLE.into_iter().filter(|l| l.code() != "en") {
            for (e, en) in every_refusal().into_iter().zip(&english) {
                let (status, said) = refusal(Lang::plain(locale), e).unwrap();
                assert_eq!(status, StatusCode::BAD_REQUEST);
                assert_ne!(&said, en, "{en:?} is not translated in {locale:?}");
            }
        }
    }
}
