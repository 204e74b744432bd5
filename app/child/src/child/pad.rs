//! The pictures of a return code: how a code is shown (after sending, and on the pad as it
//! fills), and the picture pad of coming back — the 64 pictures as large buttons, each named in
//! the page's language, and the row of the pictures chosen so far.

use crate::i18n::Lang;
use crate::return_code::{CODE_LENGTH, PICTURES};
use leptos::prelude::*;

/// One picture with its name (the glyph is decoration; the name is what is read).
pub fn picture(lang: Lang, index: usize) -> impl IntoView {
    let (name, glyph) = PICTURES[index % PICTURES.len()];
    view! {
        <span class="pic" aria-hidden="true">{glyph}</span>
        <span class="pic-name" data-read="">{lang.t(&format!("picture-{name}"))}</span>
    }
}

/// A code as a numbered list of pictures (after sending, and on the pad as it fills).
pub fn code_list(lang: Lang, indices: Vec<usize>, label: String) -> impl IntoView {
    let slots = (0..CODE_LENGTH)
        .map(|at| match indices.get(at) {
            Some(i) => view! { <li class="slot">{picture(lang, *i)}</li> }.into_any(),
            None => view! { <li class="slot empty" aria-hidden="true"></li> }.into_any(),
        })
        .collect_view();
    view! { <ol class="code-slots" aria-label=label>{slots}</ol> }
}

/// The pad itself, on the page of coming back only.
#[cfg(feature = "back-pages")]
#[component]
pub fn Pad(chosen: RwSignal<Vec<usize>>) -> impl IntoView {
    let lang = expect_context::<Lang>();
    let full = move || chosen.with(|c| c.len() >= CODE_LENGTH);
    let buttons = (0..PICTURES.len())
        .map(|i| {
            let add = move |_| {
                chosen.update(|c| {
                    if c.len() < CODE_LENGTH {
                        c.push(i);
                    }
                })
            };
            view! {
                <li>
                    <button type="button" class="pic-button" on:click=add
                        aria-disabled=move || full().then_some("true")>
                        {picture(lang, i)}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="pad">{buttons}</ul>
    }
    .into_any()
}
