#pragma once

// One header for Catch2 v2 (Debian 12) and v3 (newer systems).
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
using Catch::Approx; // global in v2
#else
#include <catch2/catch.hpp>
#endif

#include <QString>

#include <string>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
