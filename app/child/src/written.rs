//! The child bundle's exports besides `hydrate`: sealing a consultation's written answer, called
//! by `/consult/seal.js` on a free-text question's page (which is not hydrated), and making the
//! seal's key pairs ahead, which that script asks for when the page loads.

use crate::consultation::seal_written_answer_agreed;
use crate::domain::{ChildWords, NamedPlace};
use crate::sealing::RecipientSet;
use wasm_bindgen::prelude::*;

/// A sealed written answer: the id it is sent under, and the age file.
#[wasm_bindgen]
pub struct SealedWritten {
    id: String,
    bytes: Vec<u8>,
}

#[wasm_bindgen]
impl SealedWritten {
    #[wasm_bindgen(getter)]
    pub fn id(&self) -> String {
        self.id.clone()
    }

    #[wasm_bindgen(getter)]
    pub fn bytes(&self) -> Vec<u8> {
        self.bytes.clone()
    }
}

/// Makes the seal's ephemeral key pairs ahead (`crate::agreement::prepare`), so that
/// [`seal_written`] only has the agreements left to make. Resolves once they are ready.
#[wasm_bindgen]
pub async fn prepare_seal() {
    crate::agreement::prepare(crate::agreement::READY_AHEAD).await;
}

/// Seals `words` (with the page's language and the place the child chose) to `readers`, the
/// space-separated age recipients the page names. The words are zeroed once sealed. A promise:
/// the X25519 half is the browser's WebCrypto where it can (`crate::agreement`).
#[wasm_bindgen]
pub async fn seal_written(
    words: String,
    lang: String,
    place: String,
    readers: String,
) -> Result<SealedWritten, JsError> {
    let keys: Vec<String> = readers.split_whitespace().map(str::to_owned).collect();
    let readers = RecipientSet::parse(&keys).map_err(|e| JsError::new(&e.to_string()))?;
    let words = ChildWords::parse(words).map_err(|e| JsError::new(&e.to_string()))?;
    let place = NamedPlace::parse(&place).unwrap_or_default();
    let agreement = crate::agreement::agree(&readers)
        .await
        .map_err(|e| JsError::new(&e.to_string()))?;
    let (id, sealed) = seal_written_answer_agreed(words, &lang, place, agreement)
        .map_err(|e| JsError::new(&e.to_string()))?;
    Ok(SealedWritten {
        id: id.as_str().to_owned(),
        bytes: sealed.into_bytes(),
    })
}
