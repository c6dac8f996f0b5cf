//! The home page (what Convoca is; who is signed in; whether their organisation still awaits verification)
//! and the language switcher.

use askama::Template;
use domain::organisations;
use domain::{Actor, Error};
use poem::web::cookie::CookieJar;
use poem::web::{Data, Redirect};
use poem::{Response, handler};

use crate::csrf::CheckedForm;
use crate::errors::PageError;
use crate::i18n::Lang;
use crate::layout;
use crate::layout::Localized as _;
use crate::session::{self, Visitor};
use crate::{WebState, paths};

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage<'a> {
    visitor: &'a Visitor,
    /// The name of the visitor's organisation while no manager has verified it.
    unverified_organisation: Option<String>,
}
layout::localized!(HomePage);

/// `GET /`.
#[handler]
pub async fn home(visitor: &Visitor, Data(state): Data<&WebState>) -> Result<Response, PageError> {
    let unverified_organisation = match &visitor.actor {
        Some(actor) => unverified_organisation(state, actor).await?,
        None => None,
    };
    layout::ok(&HomePage {
        visitor,
        unverified_organisation,
    })
}

/// The name of the actor's organisation if it is not verified yet.
async fn unverified_organisation(state: &WebState, actor: &Actor) -> Result<Option<String>, Error> {
    let Some(id) = actor.organisation_id else {
        return Ok(None);
    };
    match organisations::get(&state.db, actor, id).await {
        Ok(organisation) => Ok(organisation
            .verified_at
            .is_none()
            .then_some(organisation.name)),
        Err(Error::NotFound) => Ok(None),
        Err(err) => Err(err),
    }
}

/// `POST /language`: remembers the chosen language and goes back to the page the visitor was on.
#[handler]
pub fn switch_language(
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    form: CheckedForm,
) -> Redirect {
    if let Some(lang) = Lang::from_tag(form.text("lang")) {
        session::remember_lang(state, jar, lang);
    }
    Redirect::see_other(paths::safe_local_path_or_root(Some(form.text("back"))))
}
