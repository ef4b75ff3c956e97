#pragma once

#include "storage/Result.h"

namespace kartoteka {

// A reader's refusal: the translated message says what and where for the
// person; `detail` carries a stable key and the place ("xlsx.bad-xml
// entry=xl/worksheets/sheet1.xml line=3") for logs, "Details..." and tests,
// which never compare English text.
Error readError(QString message, const char* key, const QString& where = {});

// The key of a reader's refusal (the first word of its detail).
QString readErrorKey(const Error& error);

} // namespace kartoteka
