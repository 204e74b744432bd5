//! The places a child may name on the intake page. On the server they are read per request by the
//! child router (into the request's extensions, see `server/src/http/mod.rs`), rendered into the
//! page and written, as JSON, into the list's `data-places` attribute; the hydrating browser
//! reads that attribute back, so both render the very same list without a second request.

use crate::api::FacilityChoice;

/// The facilities of this request's page, in its language (server only).
#[derive(Clone, Debug, Default)]
pub struct FacilityChoices(pub Vec<FacilityChoice>);

/// The attribute of the places fieldset that carries the list to the browser.
pub const PLACES_ATTRIBUTE: &str = "data-places";

/// The list for this page: from the request on the server, from the page in the browser.
pub fn facility_list() -> Vec<FacilityChoice> {
    #[cfg(feature = "ssr")]
    {
        leptos::prelude::use_context::<http::request::Parts>()
            .and_then(|p| p.extensions.get::<FacilityChoices>().cloned())
            .map(|f| f.0)
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        from_page().unwrap_or_default()
    }
}

#[cfg(not(feature = "ssr"))]
fn from_page() -> Option<Vec<FacilityChoice>> {
    #[cfg(feature = "hydrate")]
    {
        let json = web_sys::window()?
            .document()?
            .query_selector("fieldset.places")
            .ok()??
            .get_attribute(PLACES_ATTRIBUTE)?;
        serde_json::from_str(&json).ok()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        None
    }
}
