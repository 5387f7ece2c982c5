// The texts of the accounts capability (texts/<language>.json of accounts, "texts"): the e-mail with
// a link to choose a new password. Every key here is in every language; app/texts_test checks it.
#pragma once

#include "kernel/domain/text_key.hpp"

namespace enlace::text_keys {

// The e-mail: {name}, {link}, {minutes}.
inline constexpr TextKey kPasswordResetSubject{"accounts.password_reset.subject"};
inline constexpr TextKey kPasswordResetBody{"accounts.password_reset.body"};

}  // namespace enlace::text_keys
