#include "orderedrunner.h"

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

void OrderedRunner::run(int count, int threads, int window, const Work &work,
                        const Deliver &deliver) {
    if (count <= 0)
        return;
    threads = std::max(1, std::min(threads, count));
    window = std::max(window, threads);
    std::mutex mutex;
    std::condition_variable workerWake;
    std::vector<std::optional<Result>> ring(static_cast<size_t>(window));
    int next = 0;            // the next index a worker takes
    int delivered = 0;       // results handed to `deliver`
    bool delivering = false; // one worker at a time hands results over, in order

    // The worker that completes the next result in order delivers it (and every completed one
    // after it) itself: no hand-over to another thread, so no wake-up and no context switch per
    // file (on one core they were a tenth of the time of a small report).
    auto worker = [&] {
        std::unique_lock lock(mutex);
        for (;;) {
            workerWake.wait(lock, [&] { return next >= count || next < delivered + window; });
            if (next >= count)
                return;
            const int index = next++;
            lock.unlock();
            Result r = work(index);
            lock.lock();
            ring[size_t(index % window)] = std::move(r);
            if (delivering)
                continue; // the delivering worker picks it up before it stops
            delivering = true;
            for (;;) {
                std::optional<Result> &slot = ring[size_t(delivered % window)];
                if (delivered >= count || !slot)
                    break;
                Result out = std::move(*slot);
                slot.reset();
                lock.unlock();
                deliver(std::move(out)); // outside the lock: writing to a pipe may block
                lock.lock();
                ++delivered;
                workerWake.notify_all();
            }
            delivering = false;
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(size_t(threads - 1));
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker(); // the calling thread works too
    for (std::thread &t : pool)
        t.join();
}
