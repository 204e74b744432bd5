//! The bundles and the stylesheet, served from the site root with `tower-http`'s `ServeDir`. A
//! path the file system refuses — a name longer than it allows, a file where a folder is
//! expected — is answered 404 like any missing file, never 500: nothing a stranger sends to a
//! static path can look like a server failure (or fill the error log).

use axum::response::{IntoResponse, Response};
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
        .layer(ServeDir::new(dir))
}

fn refused_path_is_not_found(response: FileResponse) -> Response {
    if response.status().is_server_error() {
        tracing::debug!(status = %response.status(), "a static path the file system refused");
        return StatusCode::NOT_FOUND.into_response();
    }
    response.into_response()
}
