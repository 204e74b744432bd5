//! The start page's bundle (`share-pages`): the guided flow, run on the HTML the server wrote.
//!
//! No renderer: the server writes every screen, variant and text of the flow (`child::share`,
//! whose module documentation lists the markers), and this code only shows and hides what is
//! there, fills in the review and the return code, and seals and sends. That is what keeps the
//! download small on a child's slow phone; coming back (`back-pages`) is a Leptos islands bundle
//! of its own.
//!
//! - `flow` — one screen at a time: choosing, Next and Back, progress, focus, the review.
//! - `review` — the answers read back from the form before sending.
//! - `sending` — Send: sealing and the PUT (`crate::child::send`), what the child is told, the
//!   return code's card, writing another.
//! - `voice` — the recorder; `speech` — read-aloud and the language picker's "listen".

mod dom;
mod flow;
mod review;
mod sending;
mod speech;
pub(crate) mod texts;
pub(crate) mod voice;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::child::steps::Step;
use crate::domain::Kind;

pub(crate) use dom::page_lang;

/// The flow's state; the answers themselves stay in the form's fields.
pub(crate) struct Flow {
    pub texts: texts::Texts,
    pub form: web_sys::HtmlFormElement,
    pub kind: Cell<Option<Kind>>,
    pub step: Cell<Step>,
    pub sending: Cell<bool>,
    pub outbox: crate::child::send::Outbox,
    /// The Words screen's heading as the server wrote it (before a kind is chosen).
    pub words_heading: RefCell<String>,
}

/// Starts the page's browser half: read-aloud and "listen" everywhere, the flow where there is
/// a form to run it on.
pub fn start() {
    speech::wake();
    let Some(form) = dom::by_id::<web_sys::HtmlFormElement>("share") else {
        return;
    };
    let flow = Rc::new(Flow {
        texts: texts::Texts::from_page(),
        form,
        kind: Cell::new(None),
        step: Cell::new(Step::Choose),
        sending: Cell::new(false),
        outbox: crate::child::send::Outbox::default(),
        words_heading: RefCell::new(String::new()),
    });
    flow::start(&flow);
    sending::start(&flow);
    voice::start(&flow);
}
