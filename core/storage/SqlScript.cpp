#include "storage/SqlScript.h"

namespace kartoteka::sql {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

} // namespace

QStringList splitScript(const QString& script)
{
    QStringList statements;
    QString current;
    QStringList words; // upper-cased words of the current statement, outside quotes
    QString word;
    int triggerDepth = 0; // BEGIN...END nesting inside CREATE TRIGGER

    auto endWord = [&] {
        if (word.isEmpty())
            return;
        const QString upper = word.toUpper();
        words.append(upper);
        const bool isTrigger = words.size() >= 2 && words.at(0) == u"CREATE" &&
                               words.contains(QStringLiteral("TRIGGER"));
        if (isTrigger && (upper == u"BEGIN" || upper == u"CASE"))
            ++triggerDepth;
        else if (isTrigger && upper == u"END" && triggerDepth > 0)
            --triggerDepth;
        word.clear();
    };
    auto endStatement = [&] {
        const QString trimmed = current.trimmed();
        if (!trimmed.isEmpty())
            statements.append(trimmed);
        current.clear();
        words.clear();
        triggerDepth = 0;
    };

    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            endWord();
            while (i < n && script.at(i) != u'\n')
                ++i;
            current.append(u'\n');
            continue;
        }
        if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') {
            endWord();
            const qsizetype close = script.indexOf(QStringLiteral("*/"), i + 2);
            i = close < 0 ? n : close + 1;
            current.append(u' ');
            continue;
        }
        if (c == u'$' && word.isEmpty()) {
            // PostgreSQL's dollar quoting ($$...$$ or $tag$...$tag$): the
            // bodies of the server's trigger functions.
            qsizetype j = i + 1;
            while (j < n && isWordChar(script.at(j)) && !script.at(j).isDigit())
                ++j;
            if (j < n && script.at(j) == u'$') {
                const QString tag = script.mid(i, j - i + 1);
                const qsizetype close = script.indexOf(tag, j + 1);
                const qsizetype end = close < 0 ? n : close + tag.size();
                current.append(script.mid(i, end - i));
                i = end - 1;
                continue;
            }
        }
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            endWord();
            const QChar closing = c == u'[' ? QChar(u']') : c;
            current.append(c);
            for (++i; i < n; ++i) {
                current.append(script.at(i));
                if (script.at(i) == closing) {
                    // A doubled quote is an escaped quote, not the end.
                    if (closing != u']' && i + 1 < n && script.at(i + 1) == closing) {
                        current.append(script.at(++i));
                        continue;
                    }
                    break;
                }
            }
            continue;
        }
        if (isWordChar(c)) {
            word.append(c);
            current.append(c);
            continue;
        }
        endWord();
        if (c == u';' && triggerDepth == 0) {
            endStatement();
            continue;
        }
        current.append(c);
    }
    endWord();
    endStatement();
    return statements;
}

} // namespace kartoteka::sql
