#pragma once

#include "storage/Database.h"

#include <QDateTime>

#include <memory>

namespace kartoteka::test {

// A small shop, by hand, for the channels, managers, clients and drifting
// reports (core tests) and the reports screen (GUI tests). The expected
// numbers are worked out in tests/core/test_reports.cpp.
struct Shop
{
    std::unique_ptr<Database> db;
    qint64 website = 0, referral = 0, olena = 0, bob = 0;
    qint64 a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0;
};

QDateTime noon(int year, int month, int day);
Shop makeShop(const QString& path);

} // namespace kartoteka::test
