#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The navigation the product has, in order. Pages not built yet carry the issue that builds them.
struct PageInfo
{
    QString id;          // stable, for --page and saved state
    QString title;       // translated
    QString iconName;    // under :/icons/
    QString purpose;     // one sentence, translated
    QStringList planned; // what the page will show, translated
    int issue = 0;       // 0: built
};

class PageCatalog
{
    Q_DECLARE_TR_FUNCTIONS(PageCatalog)
public:
    static QList<PageInfo> pages();
    static QStringList ids();
};
