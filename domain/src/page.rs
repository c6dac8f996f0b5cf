//! Pagination of lists: a page number and a size in, the items and the total out.

use sea_orm::{DatabaseConnection, EntityTrait, FromQueryResult, PaginatorTrait, Select};
use serde::Serialize;

use crate::Result;

/// Which page of a list the caller wants.
#[derive(Debug, Clone, Copy)]
pub struct PageRequest {
    /// 1-based page number.
    pub page: u64,
    /// Items per page, 1 to [`PageRequest::MAX_LIMIT`].
    pub limit: u64,
}

impl PageRequest {
    /// The largest page size a caller may ask for.
    pub const MAX_LIMIT: u64 = 200;
    /// The highest page number: far past any real list, and low enough that its offset
    /// (`(page - 1) * limit`) can never overflow. The API refuses a higher one with 400.
    pub const MAX_PAGE: u64 = 1_000_000;
    /// The page size when the caller names none.
    pub const DEFAULT_LIMIT: u64 = 50;

    /// Clamps what a client asked for into a valid request.
    pub fn new(page: Option<u64>, limit: Option<u64>) -> Self {
        PageRequest {
            page: page.unwrap_or(1).clamp(1, Self::MAX_PAGE),
            limit: limit
                .unwrap_or(Self::DEFAULT_LIMIT)
                .clamp(1, Self::MAX_LIMIT),
        }
    }

    /// The 0-based page index sea-orm's paginator expects.
    pub fn index(&self) -> u64 {
        self.page - 1
    }
}

impl Default for PageRequest {
    fn default() -> Self {
        Self::new(None, None)
    }
}

/// One page of a list.
#[derive(Debug, Clone, Serialize)]
pub struct Page<T> {
    /// The items on this page.
    pub items: Vec<T>,
    /// How many items the whole list has.
    pub total: u64,
    /// This page's number (1-based).
    pub page: u64,
    /// The page size.
    pub limit: u64,
}

impl<T> Page<T> {
    /// Converts the items, keeping the paging facts.
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page {
            items: self.items.into_iter().map(f).collect(),
            total: self.total,
            page: self.page,
            limit: self.limit,
        }
    }
}

/// Runs an ordered query for one page, counting the whole list too.
pub(crate) async fn fetch<E>(
    db: &DatabaseConnection,
    query: Select<E>,
    page: PageRequest,
) -> Result<Page<E::Model>>
where
    E: EntityTrait,
    E::Model: FromQueryResult + Sized + Send + Sync,
{
    let paginator = query.paginate(db, page.limit);
    let total = paginator.num_items().await?;
    let items = paginator.fetch_page(page.index()).await?;
    Ok(Page {
        items,
        total,
        page: page.page,
        limit: page.limit,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_requested_page_is_clamped_into_bounds(page in any::<Option<u64>>(), limit in any::<Option<u64>>()) {
            let request = PageRequest::new(page, limit);
            prop_assert!(request.page >= 1);
            prop_assert!((1..=PageRequest::MAX_LIMIT).contains(&request.limit));
            prop_assert_eq!(request.index(), request.page - 1);
        }
    }
}
