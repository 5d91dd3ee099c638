// The built-in client's response parser: where an answer ends (Content-Length, chunked, close),
// keep-alive, interim answers, bodies without content, and bytes split at every position.
#include "httpresponseparser.h"

#include <QTest>
#include <cstring>

using load::HttpResponseParser;
using State = HttpResponseParser::State;

namespace {
// Feeds `text` in two pieces split at `at`; returns the last state.
State feedSplit(HttpResponseParser& parser, const std::string& text, std::size_t at,
                std::string* body = nullptr)
{
    State state = parser.feed(text.data(), at, body, 1 << 20);
    if (state != State::Incomplete || at == text.size())
        return state;
    return parser.feed(text.data() + at, text.size() - at, body, 1 << 20);
}
} // namespace

class TestHttpResponseParser : public QObject
{
    Q_OBJECT
private slots:
    void contentLengthAtEverySplit()
    {
        const std::string text =
            "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n\r\nhello world";
        for (std::size_t at = 1; at <= text.size(); ++at) {
            HttpResponseParser parser;
            parser.reset(false);
            std::string body;
            QCOMPARE(int(feedSplit(parser, text, at, &body)), int(State::Complete));
            QCOMPARE(parser.status(), 200L);
            QVERIFY(parser.keepAlive());
            QCOMPARE(parser.bytes(), std::int64_t(text.size()));
            QCOMPARE(body, std::string("hello world"));
        }
    }

    void chunkedAtEverySplit()
    {
        const std::string text = "HTTP/1.1 201 Created\r\ntransfer-encoding: Chunked\r\n\r\n"
                                 "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: 1\r\n\r\n";
        for (std::size_t at = 1; at <= text.size(); ++at) {
            HttpResponseParser parser;
            parser.reset(false);
            std::string body;
            QCOMPARE(int(feedSplit(parser, text, at, &body)), int(State::Complete));
            QCOMPARE(parser.status(), 201L);
            QCOMPARE(body, std::string("hello world"));
        }
    }

    void keepAliveFollowsVersionAndConnection()
    {
        struct Case
        {
            const char* text;
            bool keepAlive;
        };
        for (const Case& c :
             {Case{"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n", false},
              Case{"HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n", false},
              Case{"HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 0\r\n\r\n", true},
              Case{"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", true}}) {
            HttpResponseParser parser;
            parser.reset(false);
            const std::string text = c.text;
            QCOMPARE(int(parser.feed(text.data(), text.size())), int(State::Complete));
            QCOMPARE(parser.keepAlive(), c.keepAlive);
        }
    }

    void bodyToTheCloseEndsWithTheConnection()
    {
        HttpResponseParser parser;
        parser.reset(false);
        const std::string text = "HTTP/1.1 200 OK\r\n\r\nsome bytes";
        QCOMPARE(int(parser.feed(text.data(), text.size())), int(State::Incomplete));
        QVERIFY(!parser.keepAlive());
        QCOMPARE(int(parser.closed()), int(State::Complete));
    }

    void answersWithoutBodies()
    {
        const std::string withLength = "HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n";
        HttpResponseParser head;
        head.reset(true);
        QCOMPARE(int(head.feed(withLength.data(), withLength.size())), int(State::Complete));
        for (const char* status : {"204 No Content", "304 Not Modified"}) {
            HttpResponseParser parser;
            parser.reset(false);
            const std::string text = std::string("HTTP/1.1 ") + status + "\r\nContent-Length: 10\r\n\r\n";
            QCOMPARE(int(parser.feed(text.data(), text.size())), int(State::Complete));
        }
    }

    void interimAnswerIsSkipped()
    {
        HttpResponseParser parser;
        parser.reset(false);
        const std::string text =
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 503 Unavailable\r\nContent-Length: 2\r\n\r\nno";
        QCOMPARE(int(parser.feed(text.data(), text.size())), int(State::Complete));
        QCOMPARE(parser.status(), 503L);
    }

    void brokenAnswersAreInvalid()
    {
        for (const char* text : {"SMTP ready\r\n\r\n", "HTTP/1.1 2x0 OK\r\n\r\n",
                                 "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA",
                                 "HTTP/1.1 200 OK\r\nContent-Length: -3\r\n\r\n",
                                 "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"}) {
            HttpResponseParser parser;
            parser.reset(false);
            QCOMPARE(int(parser.feed(text, std::strlen(text))), int(State::Invalid));
        }
        HttpResponseParser cut;
        cut.reset(false);
        const std::string partial = "HTTP/1.1 200 OK\r\nContent-Length: 20\r\n\r\nshort";
        QCOMPARE(int(cut.feed(partial.data(), partial.size())), int(State::Incomplete));
        QCOMPARE(int(cut.closed()), int(State::Invalid));
        HttpResponseParser nothing;
        nothing.reset(false);
        QVERIFY(!nothing.started());
        QCOMPARE(int(nothing.closed()), int(State::Invalid));
    }

    void keptBodyStopsAtTheLimit()
    {
        HttpResponseParser parser;
        parser.reset(false);
        const std::string text = "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123456789";
        std::string body;
        QCOMPARE(int(parser.feed(text.data(), text.size(), &body, 4)), int(State::Complete));
        QCOMPARE(body, std::string("0123"));
    }
};

QTEST_APPLESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
