//! Pictures for choices, drawn as small inline SVGs (nothing to fetch, nothing from another
//! host). They only help a child recognise a choice: each sits next to its translated name, so
//! the SVG itself is hidden from screen readers.

use crate::domain::{Feeling, Kind};
use leptos::prelude::*;

/// A face for a feeling: the mouth and brows change, the rest is the same.
pub fn face(feeling: Feeling) -> impl IntoView {
    let (mouth, brows) = match feeling {
        Feeling::Happy => ("M15 29 Q24 38 33 29", ""),
        Feeling::Okay => ("M16 31 L32 31", ""),
        Feeling::Sad => ("M15 35 Q24 27 33 35", "M13 16 L20 14 M28 14 L35 16"),
        Feeling::Scared => (
            "M19 33 Q24 26 29 33 Q24 37 19 33",
            "M13 14 Q17 10 21 14 M27 14 Q31 10 35 14",
        ),
        Feeling::Angry => ("M16 34 Q24 29 32 34", "M13 13 L21 17 M35 13 L27 17"),
        Feeling::Worried => (
            "M15 33 Q19.5 29 24 33 T33 33",
            "M13 15 L20 13 M28 13 L35 15",
        ),
    };
    view! {
        <svg class="picture" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false">
            <circle cx="24" cy="24" r="21" fill="#ffd866" stroke="#3b3b3b" stroke-width="2"/>
            <circle cx="17" cy="21" r="2.5" fill="#3b3b3b"/>
            <circle cx="31" cy="21" r="2.5" fill="#3b3b3b"/>
            <path d=mouth fill="none" stroke="#3b3b3b" stroke-width="2.5" stroke-linecap="round"/>
            <path d=brows fill="none" stroke="#3b3b3b" stroke-width="2" stroke-linecap="round"/>
        </svg>
    }
}

/// A picture for each kind of message: a light bulb, a cloud, a speech bubble, a raised hand,
/// an open book.
pub fn kind_picture(kind: Kind) -> impl IntoView {
    let (shape, fill) = match kind {
        Kind::Idea => (
            "M24 6 A13 13 0 0 1 31 30 L31 35 L17 35 L17 30 A13 13 0 0 1 24 6 Z M18 39 L30 39 M20 43 L28 43",
            "#ffe27a",
        ),
        Kind::Worry => (
            "M14 34 A8 8 0 0 1 13 18 A11 11 0 0 1 34 15 A9 9 0 0 1 36 34 Z M18 40 L16 44 M26 40 L24 44 M34 40 L32 44",
            "#c9d6e3",
        ),
        Kind::Complaint => (
            "M7 10 L41 10 L41 32 L22 32 L12 41 L14 32 L7 32 Z M15 18 L33 18 M15 24 L28 24",
            "#f6c6a8",
        ),
        Kind::Unsafe => (
            "M17 44 L17 22 Q17 19 20 19 Q23 19 23 22 L23 8 Q23 5 26 5 Q29 5 29 8 L29 20 L29 10 Q29 7 32 7 Q35 7 35 10 L35 30 Q35 44 24 44 Z",
            "#f4a9a8",
        ),
        Kind::Story => (
            "M24 12 Q15 7 5 9 L5 38 Q15 36 24 41 Q33 36 43 38 L43 9 Q33 7 24 12 Z M24 12 L24 41",
            "#bfe3c0",
        ),
    };
    view! {
        <svg class="picture" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false">
            <path d=shape fill=fill stroke="#3b3b3b" stroke-width="2" stroke-linejoin="round"/>
        </svg>
    }
}
