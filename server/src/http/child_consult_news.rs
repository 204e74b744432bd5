//! The start page's consultations: open now, and "you said, we did" for the latest closed ones,
//! as finished texts in the page's language (`child_ui::child::consult_news`).

use super::child_consult_pages::texts;
use super::AppState;
use crate::store::{ConsultationRow, Day};
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
        let now = c.state(&today);
        let listed = match now {
            ConsultationState::NotYetOpen => false,
            ConsultationState::Open => true,
            ConsultationState::Closed => news.closed.len() < CLOSED_SHOWN,
        };
        if !listed {
            continue;
        }
        let item = link(state, lang, &c, &on_kiosk).await?;
        if now == ConsultationState::Open {
            news.open.push(item);
        } else {
            news.closed.push(item);
        }
    }
    Ok(news)
}

/// A consultation as a link: to its first screen while open; once closed, to "you said, we did"
/// with how many decisions were made and done. `query`: what the link carries (a kiosk).
pub async fn link(
    state: &AppState,
    lang: Lang,
    c: &ConsultationRow,
    query: &str,
) -> anyhow::Result<NewsItem> {
    let title = texts(state, c, lang)
        .await
        .context("reading a consultation's texts")?
        .get("title");
    let mut item = NewsItem {
        href: format!("/consult/{}{query}", c.public_id),
        title: title.text,
        lang: title.lang,
        note: None,
    };
    if c.state(&Day::today()) != ConsultationState::Closed {
        return Ok(item);
    }
    let actions = state.store.actions(c.id).await.context("reading actions")?;
    let done = actions
        .iter()
        .filter(|a| a.status == ActionStatus::Done)
        .count();
    item.href = format!("/consult/{}/results{query}#you-said-we-did", c.public_id);
    item.note = Some(if actions.is_empty() {
        lang.t("consult-actions-none")
    } else {
        lang.t_args(
            "consult-news-decided",
            &[("count", actions.len().into()), ("done", done.into())],
        )
    });
    Ok(item)
}
