#include "tuning/tuning_service.h"

#include "tuning/control_port.h"

#include <chrono>
#include <future>

namespace omega::tuning {

TuningService::TuningService(const model::IngestPipeline& pipeline, Options options)
    : m_pipeline(pipeline), m_options(std::move(options))
{
    m_auditPath = m_options.auditPath.isEmpty() ? AuditLog::defaultPath() : m_options.auditPath;
    m_view = std::make_shared<TuningView>();
}

TuningService::~TuningService()
{
    stop();
}

void TuningService::start()
{
    if (m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = false;
    }
    m_thread = std::thread([this] { run(); });
}

void TuningService::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void TuningService::post(std::function<void(TuningController&, AuditLog&)> job)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_all();
}

void TuningService::approve(const analysis::Recommendation& r)
{
    post([r](TuningController& c, AuditLog&) { c.approve(r); });
}

void TuningService::reject(const analysis::Recommendation& r)
{
    post([r](TuningController& c, AuditLog&) { c.reject(r); });
}

void TuningService::setAutoApply(bool on)
{
    post([on](TuningController& c, AuditLog&) { c.setAutoApply(on); });
}

void TuningService::kill()
{
    post([](TuningController& c, AuditLog&) { c.kill(); });
}

void TuningService::setGuardrails(const Guardrails& g)
{
    post([g](TuningController& c, AuditLog&) { c.setGuardrails(g); });
}

bool TuningService::exportAudit(const QString& csvPath, QString* error, int timeoutMs)
{
    auto done = std::make_shared<std::promise<QString>>();
    auto result = done->get_future();
    post([done, csvPath](TuningController&, AuditLog& audit) {
        QString why;
        if (!audit.isOpen())
            why = QStringLiteral("the tuning history is not open");
        else
            audit.exportCsv(csvPath, &why);
        done->set_value(why);
    });
    if (result.wait_for(std::chrono::milliseconds(timeoutMs)) != std::future_status::ready) {
        if (error)
            *error = QStringLiteral("the tuning thread did not answer");
        return false;
    }
    const QString why = result.get();
    if (error)
        *error = why;
    return why.isEmpty();
}

TuningViewPtr TuningService::view() const
{
    QMutexLocker lock(&m_viewMutex);
    return m_view;
}

QString TuningService::auditError() const
{
    QMutexLocker lock(&m_viewMutex);
    return m_auditError;
}

void TuningService::run()
{
    // The socket and the database connection belong to this thread.
    ControlPort port(m_options.controlEndpoint, 1000, 3, m_options.curve);
    AuditLog audit;
    QString error;
    if (!audit.open(m_auditPath, &error)) {
        QMutexLocker lock(&m_viewMutex);
        m_auditError = error;
    }
    TuningController controller(port, audit.isOpen() ? &audit : nullptr, m_options.controller);
    controller.setTransitionListener(m_options.onTransition);
    std::int64_t after = -1;
    std::uint64_t generation = 0;
    for (;;) {
        std::vector<std::function<void(TuningController&, AuditLog&)>> jobs;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(m_options.pollMs), [this] { return m_stop || !m_jobs.empty(); });
            if (m_stop)
                return;
            jobs.swap(m_jobs);
        }
        for (auto& job : jobs)
            job(controller, audit);
        std::uint64_t gen = 0;
        std::vector<model::OperatingSample> rows = m_pipeline.operatingSamples(after, &gen);
        if (gen != generation) {
            rows = m_pipeline.operatingSamples(-1, &gen);
            generation = gen;
        }
        if (rows.empty() && jobs.empty())
            continue;   // simulated time stands still: nothing can have changed
        if (!rows.empty())
            after = rows.back().simUs;
        const model::SnapshotPtr snapshot = m_pipeline.latest();
        controller.advance(rows, gen, snapshot ? snapshot->knobRanges : model::KnobRanges{});
        auto view = std::make_shared<TuningView>(controller.view());
        QMutexLocker lock(&m_viewMutex);
        m_view = std::move(view);
    }
}

} // namespace omega::tuning
