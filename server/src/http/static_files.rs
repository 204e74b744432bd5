//! The bundles and the stylesheet, served from the site root with `tower-http`'s `ServeDir`,
//! compressed where the browser accepts it: `cargo xtask build` writes a `.br` and a `.gz` beside
//! each file, and `ServeDir` sends the best one the request's `Accept-Encoding` allows (with
//! `Vary: Accept-Encoding` added here), so a child's phone downloads the bundle brotli-compressed at no cost
//! per request. A path the file system refuses — a name longer than it allows, a file where a folder is
//! expected — is answered 404 like any missing file, never 500: nothing a stranger sends to a
//! static path can look like a server failure (or fill the error log).

use axum::response::{IntoResponse, Response};
use http::header::{self, HeaderValue};
use http::StatusCode;
use std::path::PathBuf;
use tower::util::{MapResponse, MapResponseLayer};
use tower::Layer;
use tower_http::services::fs::ServeFileSystemResponseBody;
use tower_http::services::ServeDir;

type FileResponse = Response<ServeFileSystemResponseBody>;

/// `ServeDir` over `dir`, with a refused path answered 404.
pub fn files(dir: PathBuf) -> MapResponse<ServeDir, fn(FileResponse) -> Response> {
    MapResponseLayer::new(refused_path_is_not_found as fn(FileResponse) -> Response)
        .layer(ServeDir::new(dir).precompressed_br().precompressed_gzip())
}

fn refused_path_is_not_found(response: FileResponse) -> Response {
    if response.status().is_server_error() {
        tracing::debug!(status = %response.status(), "a static path the file system refused");
        return StatusCode::NOT_FOUND.into_response();
    }
    let mut response = response.into_response();
    // The body depends on Accept-Encoding: a cache must keep one copy per encoding.
    response
        .headers_mut()
        .append(header::VARY, HeaderValue::from_static("accept-encoding"));
    response
}
