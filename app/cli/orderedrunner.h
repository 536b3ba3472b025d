#pragma once

#include <QByteArray>
#include <functional>

/**
 * Runs work(i) for i = 0 … count−1 on `threads` threads (the calling one included) and hands each
 * result to `deliver` in index order, as soon as it and every result before it are done. `deliver`
 * runs on whichever of these threads completed the result, one call at a time. At most
 * `window` results are in flight (computed, not yet delivered), so memory does not grow with
 * `count`: a batch of ten thousand files holds a few reports at a time.
 */
class OrderedRunner {
public:
    struct Result {
        QByteArray out; ///< for stdout
        QByteArray err; ///< for stderr
        int exitCode = 0;
    };
    using Work = std::function<Result(int index)>;
    using Deliver = std::function<void(Result &&result)>;

    static void run(int count, int threads, int window, const Work &work, const Deliver &deliver);
};
