//! The in-memory cache of public responses: what an anonymous visitor (no session cookie, no
//! `Authorization` header) gets from a `GET` is kept for a short while and served again without asking
//! the database, with an `ETag` and a `Last-Modified` so that browsers revalidate it with a `304`.
//!
//! It is a middleware around the whole application (pages and JSON API alike) and caches only what is
//! the same for every anonymous visitor: a `200` HTML, JSON or CSV response that sets no cookie and is not
//! marked `no-store` (the page shell marks every page that carries a CSRF token, a notice or a signed-in
//! visitor's data). Entries are keyed by path and query, the negotiated language, and the host and scheme
//! that absolute links are built from.
//!
//! Nothing is ever served stale after a write: every successful non-`GET` request bumps a generation that
//! makes every older entry a miss, at once on this server and, through the database's counter
//! (`domain::cache_generation`), within one poll interval on every other server. What changes with time
//! alone (a call closing at its deadline) is bounded by the entries' short time to live, measured both on
//! the system clock and on the clock the services see.
//!
//! A miss is filled once: while one request renders a key's response, the other anonymous requests for
//! the same key wait for it and are answered from the entry it stored (a page that came back uncacheable
//! sends them on to render their own). Thirty visitors arriving together at an expensive page cost one
//! render, not thirty, in time and in memory.
//!
//! This module decides nothing about who may see what: it only replays what the handlers answered to an
//! anonymous request.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use chrono::{DateTime, Utc};
use domain::DatabaseConnection;
use domain::clock::Clock;
use poem::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use poem::http::{Method, StatusCode};
use poem::{Body, Endpoint, IntoResponse, Middleware, Request, Response};
use sha2::{Digest, Sha256};

use crate::session::{FLASH_COOKIE, choose_lang};
use crate::{LANG_COOKIE, SESSION_COOKIE};

/// Responses larger than this are passed through, never kept: one entry must not crowd out the rest.
const MAX_ENTRY_BYTES: usize = 2 * 1024 * 1024;

/// What a cached response varies on besides its URL. Browsers and proxies must not reuse an anonymous
/// response for a signed-in request, nor one language's page for another.
const VARY: &str = "Accept-Language, Authorization, Cookie";

/// How the public cache behaves.
#[derive(Debug, Clone)]
pub struct CacheSettings {
    /// Whether public responses are cached at all.
    pub enabled: bool,
    /// How long an entry may be served, at most, when nothing was written: the bound on how stale a page
    /// that changes with time alone (a deadline passing) can be.
    pub ttl: Duration,
    /// How often the database's generation is published (after this server's writes) and read (to learn of
    /// other servers' writes): the bound on how stale a page can be after another server's write.
    pub poll_interval: Duration,
    /// The most bytes of responses kept; the least used are dropped past it.
    pub capacity_bytes: u64,
}

impl Default for CacheSettings {
    fn default() -> Self {
        CacheSettings {
            enabled: true,
            ttl: Duration::from_secs(1),
            poll_interval: Duration::from_millis(500),
            capacity_bytes: 64 * 1024 * 1024,
        }
    }
}

/// The cache: a handle shared by the middleware and the task that watches the database's generation.
#[derive(Clone)]
pub struct PublicCache {
    shared: Arc<Shared>,
}

struct Shared {
    settings: CacheSettings,
    entries: quick_cache::sync::Cache<String, Arc<Entry>, EntryWeight>,
    /// Bumped on every write this server sees and whenever the database's counter moves.
    generation: AtomicU64,
    /// This server wrote since it last bumped the database's counter.
    unpublished: AtomicBool,
    clock: Clock,
    /// The keys being rendered now, each with the signal that its render ended (the sender is dropped).
    fills: Mutex<HashMap<String, tokio::sync::watch::Receiver<()>>>,
}

/// Whose turn it is to render a missing key.
enum Turn<'a> {
    /// This request renders; the guard ends the fill when dropped, however the render ends.
    Fill(FillGuard<'a>),
    /// Another request is rendering; wait for it to end, then look again.
    Wait(tokio::sync::watch::Receiver<()>),
}

/// Ends a fill: forgets the key and wakes the requests waiting for it (by dropping the sender).
struct FillGuard<'a> {
    shared: &'a Shared,
    key: String,
    _done: tokio::sync::watch::Sender<()>,
}

impl Drop for FillGuard<'_> {
    fn drop(&mut self) {
        self.shared
            .fills
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .remove(&self.key);
    }
}

/// One cached response.
struct Entry {
    /// The generation it was rendered in (read before the handler ran).
    generation: u64,
    /// When it was stored, on the system's monotonic clock and on the services' clock.
    stored_at: Instant,
    stored_clock: DateTime<Utc>,
    /// The handler's headers, with the caching headers set.
    headers: HeaderMap,
    body: bytes::Bytes,
    etag: HeaderValue,
    /// When this body was first served, to the second; kept while the body stays the same.
    last_modified: SystemTime,
}

/// Entries weigh their body, their headers and their key, so that the capacity is in bytes.
#[derive(Clone)]
struct EntryWeight;

impl quick_cache::Weighter<String, Arc<Entry>> for EntryWeight {
    fn weight(&self, key: &String, entry: &Arc<Entry>) -> u64 {
        let headers: usize = entry
            .headers
            .iter()
            .map(|(name, value)| name.as_str().len() + value.len())
            .sum();
        (key.len() + entry.body.len() + headers + 128) as u64
    }
}

impl PublicCache {
    /// An empty cache whose entries expire on `clock` as well as on the system's.
    pub fn new(settings: CacheSettings, clock: Clock) -> Self {
        // The estimate of how many entries fit only sizes the cache's tables: pages are a few tens of KB.
        let estimated_entries = (settings.capacity_bytes / (16 * 1024)).clamp(64, 65_536) as usize;
        PublicCache {
            shared: Arc::new(Shared {
                entries: quick_cache::sync::Cache::with_weighter(
                    estimated_entries,
                    settings.capacity_bytes,
                    EntryWeight,
                ),
                settings,
                generation: AtomicU64::new(0),
                unpublished: AtomicBool::new(false),
                clock,
                fills: Mutex::new(HashMap::new()),
            }),
        }
    }

    /// Makes every entry stale now, and has the watcher tell the other servers.
    pub fn invalidate(&self) {
        self.shared.generation.fetch_add(1, Ordering::AcqRel);
        self.shared.unpublished.store(true, Ordering::Release);
    }

    /// Starts the task that publishes this server's writes to the database's generation and invalidates
    /// the cache when another server's writes moved it. It stops once the cache is dropped. Without a
    /// Tokio runtime (a document built outside a server), there is nothing to watch.
    pub fn watch(&self, db: DatabaseConnection) {
        if !self.shared.settings.enabled {
            return;
        }
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            return;
        };
        let shared = Arc::downgrade(&self.shared);
        let interval = self.shared.settings.poll_interval;
        runtime.spawn(watch_generation(shared, db, interval));
    }
}

/// See [`PublicCache::watch`]. Every tick: one `UPDATE` if this server wrote, one `SELECT` always.
async fn watch_generation(shared: Weak<Shared>, db: DatabaseConnection, interval: Duration) {
    let mut ticker = tokio::time::interval(interval);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut seen = None;
    loop {
        ticker.tick().await;
        let Some(shared) = shared.upgrade() else {
            return;
        };
        // Writes are published once per tick rather than once per request: a burst of writes costs one
        // statement, and a write's own response never waits for it.
        if shared.unpublished.swap(false, Ordering::AcqRel)
            && let Err(err) = domain::cache_generation::bump(&db).await
        {
            shared.unpublished.store(true, Ordering::Release);
            tracing::warn!("could not publish the public cache's generation: {err}");
        }
        match domain::cache_generation::current(&db).await {
            Ok(value) => {
                // Our own bump moves the counter too; that costs one extra miss per entry, never a stale hit.
                if seen.is_some_and(|seen| seen != value) {
                    shared.generation.fetch_add(1, Ordering::AcqRel);
                }
                seen = Some(value);
            }
            Err(err) => tracing::warn!("could not read the public cache's generation: {err}"),
        }
    }
}

impl Shared {
    /// Whether `entry` may still be served: rendered in the current generation, within the time to live on
    /// the system's clock and on the services' (which tests move past deadlines).
    fn is_fresh(&self, entry: &Entry, generation: u64) -> bool {
        let ttl = self.settings.ttl;
        let on_clock = self.clock.now() - entry.stored_clock;
        entry.generation == generation
            && entry.stored_at.elapsed() < ttl
            && on_clock >= chrono::TimeDelta::zero()
            && on_clock.to_std().is_ok_and(|age| age < ttl)
    }

    /// Whether `entry` may be served while its replacement renders: rendered in the current generation (no
    /// write since), and expired by time alone, by less than one more time to live.
    fn is_replaceable_later(&self, entry: &Entry, generation: u64) -> bool {
        let grace = self.settings.ttl * 2;
        let on_clock = self.clock.now() - entry.stored_clock;
        entry.generation == generation
            && entry.stored_at.elapsed() < grace
            && on_clock >= chrono::TimeDelta::zero()
            && on_clock.to_std().is_ok_and(|age| age < grace)
    }

    /// The entry under `key` when it may be served in `generation`.
    fn fresh(&self, key: &str, generation: u64) -> Option<Arc<Entry>> {
        self.entries
            .get(key)
            .filter(|entry| self.is_fresh(entry, generation))
    }

    /// Claims the render of `key`, or hands back the signal of the render already under way.
    fn turn(&self, key: &str) -> Turn<'_> {
        let mut fills = self
            .fills
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(done) = fills.get(key) {
            return Turn::Wait(done.clone());
        }
        let (sender, receiver) = tokio::sync::watch::channel(());
        fills.insert(key.to_owned(), receiver);
        Turn::Fill(FillGuard {
            shared: self,
            key: key.to_owned(),
            _done: sender,
        })
    }
}

impl<E: Endpoint> Middleware<E> for PublicCache {
    type Output = PublicCacheEndpoint<E>;

    fn transform(&self, inner: E) -> Self::Output {
        PublicCacheEndpoint {
            inner,
            cache: self.clone(),
        }
    }
}

/// See [`PublicCache`].
pub struct PublicCacheEndpoint<E> {
    inner: E,
    cache: PublicCache,
}

impl<E: Endpoint> Endpoint for PublicCacheEndpoint<E> {
    type Output = Response;

    async fn call(&self, req: Request) -> poem::Result<Response> {
        let shared = &self.cache.shared;
        let method = req.method().clone();
        if !shared.settings.enabled {
            return self.inner.call(req).await.map(IntoResponse::into_response);
        }
        if !(method == Method::GET || method == Method::HEAD) {
            let response = self.inner.call(req).await?.into_response();
            // Any write that did not fail may have changed a public page: a form's 303, an API's 200 or
            // 201. Refused and failed ones (4xx, 5xx) changed nothing, services being transactional.
            if writes(&method) && response.status().as_u16() < 400 {
                self.cache.invalidate();
            }
            return Ok(response);
        }
        let Some(key) = cache_key(&req) else {
            return self.inner.call(req).await.map(IntoResponse::into_response);
        };
        let conditions = Conditions::of(&req);
        let head = method == Method::HEAD;
        // Read before the handler runs: a write that lands while it renders makes this entry stale at once.
        let generation = shared.generation.load(Ordering::Acquire);
        let previous = shared.entries.get(&key);
        if let Some(entry) = &previous
            && shared.is_fresh(entry, generation)
        {
            return Ok(entry.respond(&conditions, head));
        }
        // One render per missing key: the others wait for it, then are served what it stored. A waiter
        // whose render came back uncacheable (or failed) renders for itself rather than queueing again.
        let turn = shared.turn(&key);
        // An entry that only grew old (no write since) is still served while its replacement renders: an
        // expensive page's render then holds nobody up, at the cost of at most one more time to live.
        if let Turn::Wait(_) = turn
            && let Some(entry) = &previous
            && shared.is_replaceable_later(entry, generation)
        {
            return Ok(entry.respond(&conditions, head));
        }
        let _fill = match turn {
            Turn::Fill(guard) => Some(guard),
            Turn::Wait(mut done) => {
                // Err means the sender was dropped: the render ended, which is all that is awaited.
                let _ = done.changed().await;
                let generation = shared.generation.load(Ordering::Acquire);
                if let Some(entry) = shared.fresh(&key, generation) {
                    return Ok(entry.respond(&conditions, head));
                }
                None
            }
        };
        let response = self.inner.call(req).await?.into_response();
        // A HEAD has no body to keep; it is answered from the cache once a GET filled it.
        if head || !is_cacheable(&response) {
            return Ok(response);
        }
        let (parts, body) = response.into_parts();
        let body = body.into_bytes().await?;
        if body.len() > MAX_ENTRY_BYTES {
            return Ok(Response::from_parts(parts, Body::from(body)));
        }
        let etag = etag_of(&body);
        let last_modified = match &previous {
            Some(previous) if previous.etag == etag => previous.last_modified,
            // A new body is always later than the one it replaces, even within the same second, so that
            // `If-Modified-Since` never takes a changed page for the old one.
            Some(previous) => whole_seconds(SystemTime::now())
                .max(previous.last_modified + Duration::from_secs(1)),
            None => whole_seconds(SystemTime::now()),
        };
        let entry = Arc::new(Entry {
            generation,
            stored_at: Instant::now(),
            stored_clock: shared.clock.now(),
            headers: caching_headers(parts.headers, &etag, last_modified),
            body,
            etag,
            last_modified,
        });
        shared.entries.insert(key, entry.clone());
        Ok(entry.respond(&conditions, false))
    }
}

/// Whether a request method may change data (everything but reads).
fn writes(method: &Method) -> bool {
    !matches!(
        *method,
        Method::GET | Method::HEAD | Method::OPTIONS | Method::TRACE
    )
}

/// The key of an anonymous request's response, or `None` when the request is not anonymous: it carries an
/// `Authorization` header, a session cookie (valid or not), or a notice to show once.
fn cache_key(req: &Request) -> Option<String> {
    if req.headers().contains_key(header::AUTHORIZATION) {
        return None;
    }
    let mut lang_cookie = None;
    for (name, value) in cookies(req.headers()) {
        if (name == SESSION_COOKIE || name == FLASH_COOKIE) && !value.is_empty() {
            return None;
        }
        if name == LANG_COOKIE {
            lang_cookie = Some(value);
        }
    }
    let lang = choose_lang(lang_cookie, req.header(header::ACCEPT_LANGUAGE));
    let target = req.uri().path_and_query().map_or("/", |pq| pq.as_str());
    // Some responses write absolute links from the host and the scheme a proxy reports.
    let host = req.header(header::HOST).unwrap_or_default();
    let scheme = req.header("x-forwarded-proto").unwrap_or_default();
    Some(format!("{}\n{host}\n{scheme}\n{target}", lang.code()))
}

/// The name/value pairs of every `Cookie` header.
fn cookies(headers: &HeaderMap) -> impl Iterator<Item = (&str, &str)> {
    headers
        .get_all(header::COOKIE)
        .into_iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
}

/// Whether a response is the same for every anonymous visitor and worth keeping: `200`, no cookie set, not
/// marked `no-store` or `private`, and a document (HTML, JSON or CSV) rather than a file or a stream.
fn is_cacheable(response: &Response) -> bool {
    let headers = response.headers();
    let cache_control = headers
        .get_all(header::CACHE_CONTROL)
        .into_iter()
        .filter_map(|value| value.to_str().ok())
        .any(|value| value.contains("no-store") || value.contains("private"));
    let document = response.content_type().is_some_and(|kind| {
        ["text/html", "application/json", "text/csv"]
            .iter()
            .any(|document| kind.starts_with(document))
    });
    response.status() == StatusCode::OK
        && !headers.contains_key(header::SET_COOKIE)
        && !cache_control
        && document
}

/// A strong validator: the SHA-256 of the body, quoted (its first 128 bits are plenty to tell bodies apart).
fn etag_of(body: &[u8]) -> HeaderValue {
    let digest = Sha256::digest(body);
    HeaderValue::from_str(&format!("\"{}\"", hex::encode(&digest[..16])))
        .expect("hex digits are a valid header value")
}

/// `time` without its fraction of a second, as HTTP dates have none.
fn whole_seconds(time: SystemTime) -> SystemTime {
    let seconds = time
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_secs());
    UNIX_EPOCH + Duration::from_secs(seconds)
}

/// The handler's headers for replay, with the validators and the caching policy: browsers may keep a public
/// response but must ask again (`no-cache`) before each use, which the validators make cheap.
fn caching_headers(
    mut headers: HeaderMap,
    etag: &HeaderValue,
    last_modified: SystemTime,
) -> HeaderMap {
    for name in [
        header::CONTENT_LENGTH,
        header::TRANSFER_ENCODING,
        header::DATE,
    ] {
        headers.remove(name);
    }
    headers.insert(header::ETAG, etag.clone());
    headers.insert(header::LAST_MODIFIED, http_date(last_modified));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    headers.insert(header::VARY, HeaderValue::from_static(VARY));
    headers
}

fn http_date(time: SystemTime) -> HeaderValue {
    HeaderValue::from_str(&httpdate::fmt_http_date(time))
        .expect("an HTTP date is a valid header value")
}

/// The conditional headers of a request (RFC 9110, section 13).
struct Conditions {
    if_none_match: Option<String>,
    if_modified_since: Option<SystemTime>,
}

impl Conditions {
    fn of(req: &Request) -> Conditions {
        Conditions {
            if_none_match: req.header(header::IF_NONE_MATCH).map(str::to_owned),
            if_modified_since: req
                .header(header::IF_MODIFIED_SINCE)
                .and_then(|value| httpdate::parse_http_date(value).ok()),
        }
    }

    /// Whether the client already has `entry`'s body. `If-None-Match` decides when it is sent (compared
    /// weakly, as the RFC says for it); only otherwise does `If-Modified-Since`.
    fn not_modified(&self, entry: &Entry) -> bool {
        let ours = entry.etag.to_str().unwrap_or_default();
        if let Some(tags) = &self.if_none_match {
            return tags
                .split(',')
                .map(str::trim)
                .any(|tag| tag == "*" || tag.strip_prefix("W/").unwrap_or(tag) == ours);
        }
        self.if_modified_since
            .is_some_and(|since| entry.last_modified <= since)
    }
}

impl Entry {
    /// The response for a request with `conditions`: `304` with the validators when the client is up to
    /// date, else the whole response (without its body for a `HEAD`).
    fn respond(&self, conditions: &Conditions, head: bool) -> Response {
        if conditions.not_modified(self) {
            let mut response = Response::builder()
                .status(StatusCode::NOT_MODIFIED)
                .finish();
            let headers = response.headers_mut();
            for name in [
                header::ETAG,
                header::LAST_MODIFIED,
                header::CACHE_CONTROL,
                header::VARY,
                header::CONTENT_LANGUAGE,
            ] {
                copy_header(&self.headers, headers, name);
            }
            return response;
        }
        let mut response = if head {
            let mut response = Response::builder().finish();
            response
                .headers_mut()
                .insert(header::CONTENT_LENGTH, HeaderValue::from(self.body.len()));
            response
        } else {
            Response::builder().body(Body::from(self.body.clone()))
        };
        for (name, value) in &self.headers {
            response.headers_mut().append(name.clone(), value.clone());
        }
        response
    }
}

fn copy_header(from: &HeaderMap, to: &mut HeaderMap, name: HeaderName) {
    if let Some(value) = from.get(&name) {
        to.insert(name, value.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(body: &'static [u8]) -> Entry {
        let etag = etag_of(body);
        let last_modified = UNIX_EPOCH + Duration::from_secs(1_800_000_000);
        Entry {
            generation: 0,
            stored_at: Instant::now(),
            stored_clock: Utc::now(),
            headers: caching_headers(HeaderMap::new(), &etag, last_modified),
            body: bytes::Bytes::from_static(body),
            etag,
            last_modified,
        }
    }

    fn conditions(if_none_match: Option<&str>, if_modified_since: Option<u64>) -> Conditions {
        Conditions {
            if_none_match: if_none_match.map(str::to_owned),
            if_modified_since: if_modified_since.map(|s| UNIX_EPOCH + Duration::from_secs(s)),
        }
    }

    #[test]
    fn the_etag_is_a_quoted_hash_of_the_body() {
        let etag = etag_of(b"<p>one</p>");
        assert_eq!(etag, etag_of(b"<p>one</p>"));
        assert_ne!(etag, etag_of(b"<p>two</p>"));
        let text = etag.to_str().unwrap();
        assert!(
            text.starts_with('"') && text.ends_with('"') && text.len() == 34,
            "{text}"
        );
    }

    #[test]
    fn a_matching_tag_or_an_old_enough_date_means_not_modified() {
        let page = entry(b"page");
        let ours = page.etag.to_str().unwrap().to_owned();
        assert!(conditions(Some(&ours), None).not_modified(&page));
        assert!(conditions(Some(&format!("\"x\", W/{ours}")), None).not_modified(&page));
        assert!(conditions(Some("*"), None).not_modified(&page));
        assert!(!conditions(Some("\"other\""), None).not_modified(&page));
        assert!(conditions(None, Some(1_800_000_000)).not_modified(&page));
        assert!(!conditions(None, Some(1_799_999_999)).not_modified(&page));
        // An ETag that does not match wins over a date that would.
        assert!(!conditions(Some("\"other\""), Some(1_900_000_000)).not_modified(&page));
        assert!(!conditions(None, None).not_modified(&page));
    }

    #[test]
    fn only_anonymous_requests_without_a_notice_have_a_key() {
        let key = |headers: &[(&str, &str)]| {
            let mut req = Request::builder().uri_str("/calls?page=2");
            for (name, value) in headers {
                req = req.header(*name, *value);
            }
            cache_key(&req.finish())
        };
        let anonymous = key(&[("accept-language", "fr")]).expect("anonymous");
        assert!(anonymous.starts_with("fr\n") && anonymous.ends_with("/calls?page=2"));
        // The chosen language beats the browser's; a CSRF cookie changes nothing.
        assert_eq!(
            key(&[
                ("accept-language", "es"),
                ("cookie", "convoca_lang=fr; convoca_csrf=abc")
            ]),
            Some(anonymous)
        );
        assert_eq!(key(&[("cookie", "convoca_session=abc")]), None);
        assert_eq!(key(&[("cookie", "a=b; convoca_flash=flash-saved")]), None);
        assert_eq!(key(&[("authorization", "Bearer x")]), None);
    }

    /// A cache (entries living `ttl`) in front of an endpoint that counts its renders, each taking 50 ms and
    /// answering `kind` with the render's number.
    fn counted(
        kind: &'static str,
        ttl: Duration,
    ) -> (
        impl Endpoint<Output = Response>,
        Arc<AtomicU64>,
        PublicCache,
    ) {
        let renders = Arc::new(AtomicU64::new(0));
        let counter = renders.clone();
        let endpoint = poem::endpoint::make(move |_req: Request| {
            let counter = counter.clone();
            async move {
                let number = counter.fetch_add(1, Ordering::SeqCst) + 1;
                tokio::time::sleep(Duration::from_millis(50)).await;
                Response::builder()
                    .content_type(kind)
                    .body(format!("render {number}"))
            }
        });
        let settings = CacheSettings {
            ttl,
            ..CacheSettings::default()
        };
        let cache = PublicCache::new(settings, Clock::system());
        (cache.transform(endpoint), renders, cache)
    }

    /// Sends `count` anonymous GETs of the same page at once; returns the bodies.
    async fn burst(endpoint: &impl Endpoint<Output = Response>, count: usize) -> Vec<String> {
        let requests =
            (0..count).map(|_| endpoint.call(Request::builder().uri_str("/big").finish()));
        let mut bodies = Vec::new();
        for response in futures_util::future::join_all(requests).await {
            let response = response.expect("answered");
            assert_eq!(response.status(), StatusCode::OK);
            bodies.push(response.into_body().into_string().await.unwrap());
        }
        bodies
    }

    fn count_of(bodies: &[String], body: &str) -> usize {
        bodies.iter().filter(|b| *b == body).count()
    }

    #[tokio::test]
    async fn visitors_arriving_together_at_a_missing_page_cost_one_render() {
        let (endpoint, renders, _) = counted("text/html; charset=utf-8", Duration::from_secs(5));
        assert_eq!(count_of(&burst(&endpoint, 32).await, "render 1"), 32);
        assert_eq!(renders.load(Ordering::SeqCst), 1);
        // Once the page is kept, nobody renders it again.
        assert_eq!(count_of(&burst(&endpoint, 8).await, "render 1"), 8);
        assert_eq!(renders.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn when_the_first_render_is_not_kept_the_waiting_visitors_render_their_own() {
        // A file is never kept: each waiter renders it after the first render ends, none waits forever.
        let (endpoint, renders, _) = counted("application/pdf", Duration::from_secs(5));
        burst(&endpoint, 8).await;
        assert_eq!(renders.load(Ordering::SeqCst), 8);
    }

    #[tokio::test]
    async fn a_page_that_only_grew_old_is_served_while_it_renders_again_but_never_after_a_write() {
        let ttl = Duration::from_secs(1);
        let (endpoint, renders, cache) = counted("text/html; charset=utf-8", ttl);
        burst(&endpoint, 1).await;
        // Past its time to live, within one more: one visitor renders, the others get the old page at once.
        tokio::time::sleep(ttl + Duration::from_millis(200)).await;
        let bodies = burst(&endpoint, 8).await;
        assert_eq!(
            (count_of(&bodies, "render 2"), count_of(&bodies, "render 1")),
            (1, 7),
            "{bodies:?}"
        );
        // After a write nobody gets the old page: all wait for the one new render.
        cache.invalidate();
        assert_eq!(count_of(&burst(&endpoint, 8).await, "render 3"), 8);
        assert_eq!(renders.load(Ordering::SeqCst), 3);
    }

    #[test]
    fn cookies_personal_pages_and_files_are_never_kept() {
        let html = || Response::builder().content_type("text/html; charset=utf-8");
        assert!(is_cacheable(&html().body("page")));
        assert!(!is_cacheable(
            &html().header("set-cookie", "a=b").body("page")
        ));
        assert!(!is_cacheable(
            &html().header("cache-control", "no-store").body("page")
        ));
        assert!(!is_cacheable(
            &html().status(StatusCode::NOT_FOUND).body("page")
        ));
        assert!(!is_cacheable(
            &Response::builder()
                .content_type("application/pdf")
                .body("file")
        ));
        assert!(!is_cacheable(&Response::builder().body("ok")));
    }
}
