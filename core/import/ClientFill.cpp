#include "import/ClientFill.h"

#include <algorithm>

namespace kartoteka {

bool fillEmptyFields(Client& stored, const Client& row, bool assignsManagers)
{
    bool changed = false;
    auto fill = [&](QString& to, const QString& from) {
        if (to.trimmed().isEmpty() && !from.trimmed().isEmpty()) {
            to = from;
            changed = true;
        }
    };
    auto fillId = [&](qint64& to, qint64 from) {
        if (to == 0 && from != 0) {
            to = from;
            changed = true;
        }
    };
    if (stored.kind == ClientKind::Person) {
        fill(stored.lastName, row.lastName);
        fill(stored.firstName, row.firstName);
        fill(stored.middleName, row.middleName);
    }
    fill(stored.companyName, row.companyName);
    fill(stored.gender, row.gender);
    fill(stored.occupation, row.occupation);
    fill(stored.jobTitle, row.jobTitle);
    fill(stored.taxId, row.taxId);
    fill(stored.bankName, row.bankName);
    fill(stored.bankAccount, row.bankAccount);
    fill(stored.bankCode, row.bankCode);
    fill(stored.deliveryAddress, row.deliveryAddress);
    fill(stored.actualAddress, row.actualAddress);
    fill(stored.comment, row.comment);
    fillId(stored.contactTypeId, row.contactTypeId);
    fillId(stored.statusId, row.statusId);
    fillId(stored.sourceId, row.sourceId);
    if (assignsManagers)
        fillId(stored.managerId, row.managerId);
    if (!stored.birthday.isValid() && row.birthday.isValid()) {
        stored.birthday = row.birthday;
        changed = true;
    }
    for (const Phone& phone : row.phones) {
        const bool known =
            std::any_of(stored.phones.cbegin(), stored.phones.cend(), [&](const Phone& p) {
                return phone.e164.isEmpty() ? p.raw == phone.raw : p.e164 == phone.e164;
            });
        if (!known) {
            stored.phones.append(phone);
            changed = true;
        }
    }
    for (const Email& email : row.emails) {
        const bool known =
            std::any_of(stored.emails.cbegin(), stored.emails.cend(), [&](const Email& e) {
                return e.address.compare(email.address, Qt::CaseInsensitive) == 0;
            });
        if (!known) {
            stored.emails.append(email);
            changed = true;
        }
    }
    for (const Link& link : row.links) {
        const bool known = std::any_of(stored.links.cbegin(), stored.links.cend(),
                                       [&](const Link& l) { return l.value == link.value; });
        if (!known) {
            stored.links.append(link);
            changed = true;
        }
    }
    for (const QString& tag : row.tags) {
        if (!stored.tags.contains(tag, Qt::CaseInsensitive)) {
            stored.tags.append(tag);
            changed = true;
        }
    }
    for (auto it = row.fieldValues.cbegin(); it != row.fieldValues.cend(); ++it) {
        if (stored.fieldValues.value(it.key()).isEmpty()) {
            stored.fieldValues.insert(it.key(), it.value());
            changed = true;
        }
    }
    return changed;
}

} // namespace kartoteka
