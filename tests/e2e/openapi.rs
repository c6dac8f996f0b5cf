//! A snapshot of the public contract: any change to the OpenAPI document shows up in review.

#[test]
fn the_openapi_document_matches_the_snapshot() {
    let spec: serde_json::Value = serde_json::from_str(&api::openapi_json()).unwrap();
    insta::assert_json_snapshot!("openapi", spec);
}
