// libFuzzer main of one target; OMEGA_FUZZ_ENTRY names its entry function (fuzz_entries.h).
#include "fuzz_entries.h"

#include <QLoggingCategory>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    // Rejections are logged (rate-limited) by the ingest path; at fuzzing speed that is only noise.
    QLoggingCategory::setFilterRules(QStringLiteral("omega.*=false\nqt.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    (void)omega::fuzz::OMEGA_FUZZ_ENTRY(data, size);
    return 0;
}
