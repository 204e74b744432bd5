//! The start page's consultations: open now, and "you said, we did" for the latest closed ones,
//! as finished texts in the page's language (`child_ui::child::consult_news`).

use super::child_consult_pages::texts;
use super::AppState;
use crate::store::Day;
use anyhow::Context;
use app::i18n::Lang;
use app::vocabulary::{ActionStatus, ConsultationState};
use child_ui::child::consult_news::{ConsultNews, NewsItem};
use child_ui::child::kiosk::KioskMode;

/// How many closed consultations the start page names (the newest).
const CLOSED_SHOWN: usize = 3;

/// `kiosk`: the kiosk whose start page this is; its links then carry it, so that the
/// consultation's pages run the kiosk's wipe (`child_consult_frame`).
pub async fn consult_news(
    state: &AppState,
    lang: Lang,
    kiosk: Option<&KioskMode>,
) -> anyhow::Result<ConsultNews> {
    let today = Day::today();
    let on_kiosk = kiosk
        .filter(|k| k.is_kiosk())
        .and_then(|k| k.home.strip_prefix(super::child_kiosk::KIOSK_PREFIX))
        .map(|token| format!("?kiosk={token}"))
        .unwrap_or_default();
    let all = state
        .store
        .consultations()
        .await
        .context("listing consultations")?;
    let mut news = ConsultNews {
        open_heading: lang.t("consult-list-title"),
        closed_heading: lang.t("consult-actions-title"),
        ..ConsultNews::default()
    };
    for c in all {
        let state_now = c.state(&today);
        if state_now == ConsultationState::NotYetOpen
            || (state_now == ConsultationState::Closed && news.closed.len() >= CLOSED_SHOWN)
        {
            continue;
        }
        let title = texts(state, &c, lang)
            .await
            .context("reading a consultation's texts")?
            .get("title");
        let mut item = NewsItem {
            href: format!("/consult/{}{on_kiosk}", c.public_id),
            title: title.text,
            lang: title.lang,
            note: None,
        };
        if state_now == ConsultationState::Open {
            news.open.push(item);
            continue;
        }
        let actions = state.store.actions(c.id).await.context("reading actions")?;
        let done = actions
            .iter()
            .filter(|a| a.status == ActionStatus::Done)
            .count();
        item.href = format!("/consult/{}/results{on_kiosk}#you-said-we-did", c.public_id);
        item.note = Some(if actions.is_empty() {
            lang.t("consult-actions-none")
        } else {
            lang.t_args(
                "consult-news-decided",
                &[("count", actions.len().into()), ("done", done.into())],
            )
        });
        news.closed.push(item);
    }
    Ok(news)
}
