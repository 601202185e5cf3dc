#pragma once

#include "core/platform/ScreenPopRequest.h"

#include <QObject>
#include <optional>

namespace onbehalf {

// macOS hands an onbehalf: link to the running app as an open-URL event (QFileOpenEvent), not
// as an argument of a new process: this turns those into screen-pop requests.
class ScreenPopEvents : public QObject
{
    Q_OBJECT

public:
    explicit ScreenPopEvents(QObject *parent = nullptr);

signals:
    void requested(const std::optional<onbehalf::ScreenPopRequest> &request);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace onbehalf
