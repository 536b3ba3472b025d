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
    std::condition_variable workerWake, resultReady;
    std::vector<std::optional<Result>> ring(static_cast<size_t>(window));
    int next = 0;      // the next index a worker takes
    int delivered = 0; // results handed to `deliver`

    auto worker = [&] {
        for (;;) {
            int index;
            {
                std::unique_lock lock(mutex);
                workerWake.wait(lock, [&] { return next >= count || next < delivered + window; });
                if (next >= count)
                    return;
                index = next++;
            }
            Result r = work(index);
            {
                std::lock_guard lock(mutex);
                ring[size_t(index % window)] = std::move(r);
            }
            resultReady.notify_one();
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(size_t(threads));
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(worker);
    for (int i = 0; i < count; ++i) {
        Result r;
        {
            std::unique_lock lock(mutex);
            std::optional<Result> &slot = ring[size_t(i % window)];
            resultReady.wait(lock, [&] { return slot.has_value(); });
            r = std::move(*slot);
            slot.reset();
            ++delivered;
        }
        workerWake.notify_all();
        deliver(std::move(r)); // outside the lock: writing to a pipe may block
    }
    for (std::thread &t : pool)
        t.join();
}
