//! The places a child may name on the intake page. On the server they are read per request by the
//! child router (into the request's extensions, see `server/src/http/mod.rs`) and rendered into
//! the page; the hydrated page takes the same list from Leptos' serialized resource, so the
//! browser never loads it (the fetcher's source never changes, so it never runs there).

use crate::api::FacilityChoice;
use leptos::prelude::*;

/// The facilities of this request's page, in its language (server only).
#[derive(Clone, Debug, Default)]
pub struct FacilityChoices(pub Vec<FacilityChoice>);

/// The list for this page, as a resource that serializes into the page for hydration.
pub fn facility_resource() -> Resource<Vec<FacilityChoice>> {
    #[cfg(feature = "ssr")]
    let ready: Vec<FacilityChoice> = use_context::<http::request::Parts>()
        .and_then(|p| p.extensions.get::<FacilityChoices>().cloned())
        .map(|f| f.0)
        .unwrap_or_default();
    #[cfg(not(feature = "ssr"))]
    let ready: Vec<FacilityChoice> = Vec::new();
    Resource::new(
        || (),
        move |()| {
            let list = ready.clone();
            async move { list }
        },
    )
}
