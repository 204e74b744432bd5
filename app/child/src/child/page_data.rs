//! Lists a child page needs from the database: the places a child may name, the help contacts
//! for the region, and a few facts about this instance. On the server they are read per request
//! by the child router (into the request's extensions, see `server/src/http/child_pages.rs`),
//! rendered into the page and written, as JSON, into an attribute of the element that shows
//! them; the hydrating browser reads that attribute back, so both render the very same list
//! without a second request.

use crate::api::{FacilityChoice, HelpContact};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// The attribute that carries a list to the browser.
pub const DATA_ATTRIBUTE: &str = "data-list";

/// A list the server puts into the request for the page and the browser reads back.
pub trait PageData: Clone + Default + Serialize + DeserializeOwned + Send + Sync + 'static {
    /// The element (a CSS selector) whose [`DATA_ATTRIBUTE`] carries it.
    const SELECTOR: &'static str;

    /// The list for this page: from the request on the server, from the page in the browser.
    fn for_page() -> Self {
        #[cfg(feature = "ssr")]
        {
            leptos::prelude::use_context::<http::request::Parts>()
                .and_then(|p| p.extensions.get::<Self>().cloned())
                .unwrap_or_default()
        }
        #[cfg(not(feature = "ssr"))]
        {
            from_page::<Self>().unwrap_or_default()
        }
    }

    /// The JSON for [`DATA_ATTRIBUTE`].
    fn to_attribute(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[cfg(not(feature = "ssr"))]
fn from_page<T: PageData>() -> Option<T> {
    #[cfg(feature = "hydrate")]
    {
        let json = web_sys::window()?
            .document()?
            .query_selector(T::SELECTOR)
            .ok()??
            .get_attribute(DATA_ATTRIBUTE)?;
        serde_json::from_str(&json).ok()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        None
    }
}

/// The facilities a child may name, in the page's language.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FacilityChoices(pub Vec<FacilityChoice>);

impl PageData for FacilityChoices {
    const SELECTOR: &'static str = "fieldset.places";
}

/// The help contacts for the region, labelled in the page's language.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct HelpContacts(pub Vec<HelpContact>);

impl PageData for HelpContacts {
    const SELECTOR: &'static str = "ul.help-contacts";
}

/// Facts about this instance the child's pages need: what the child is told before the first
/// question, and the salt of return codes (`crate::return_code`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SiteFacts {
    /// Days within which a reviewer acknowledges a new message.
    pub answer_days: u32,
    /// This instance's return-code salt (not a secret; it makes codes instance-specific).
    pub code_salt: String,
}

impl Default for SiteFacts {
    fn default() -> Self {
        Self {
            answer_days: 3,
            code_salt: String::new(),
        }
    }
}

impl PageData for SiteFacts {
    const SELECTOR: &'static str = "#site-facts";
}

/// The no-JavaScript form's submission id and the token the server issued for it with this page
/// (checked on `POST /send`: that path asks no proof of work, so it costs a page fetch instead).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct FormTicket {
    pub submission_id: String,
    pub token: String,
}

impl PageData for FormTicket {
    const SELECTOR: &'static str = "#form-ticket";
}
