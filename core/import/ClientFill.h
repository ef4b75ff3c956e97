#pragma once

#include "clients/Client.h"

namespace kartoteka {

// What an import does to a client a row repeats when the person chose "fill":
// the stored client's empty fields take the row's values, and it gains the
// phones, e-mails, links, tags and custom values it lacks. The manager is set
// only on a client nobody has, and only when `assignsManagers` (the person
// sees every client): an import does not hand clients over. True when
// anything changed.
bool fillEmptyFields(Client& stored, const Client& row, bool assignsManagers);

} // namespace kartoteka
