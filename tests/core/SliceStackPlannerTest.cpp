#include "core/dicom/SliceStackPlanner.h"
#include "core/util/Error.h"

#include <Eigen/Geometry>
#include <QTest>
#include <algorithm>
#include <random>

using namespace heaorta;

namespace {

DicomFrameHeader frameAt(const Eigen::Vector3d& position, int id, const Eigen::Vector3d& row = Eigen::Vector3d::UnitX(),
                         const Eigen::Vector3d& column = Eigen::Vector3d::UnitY()) {
  DicomFrameHeader h;
  h.file = "IM" + std::to_string(id) + ".dcm";
  h.sopInstanceUid = "1.2.3." + std::to_string(id);
  h.hasPosition = h.hasOrientation = true;
  h.position = position;
  h.rowDirection = row;
  h.columnDirection = column;
  h.spacingX = 0.5;
  h.spacingY = 0.6;
  h.rows = 8;
  h.columns = 10;
  return h;
}

std::vector<DicomFrameHeader> stack(const std::vector<double>& offsets, const Eigen::Vector3d& row = Eigen::Vector3d::UnitX(),
                                    const Eigen::Vector3d& column = Eigen::Vector3d::UnitY()) {
  std::vector<DicomFrameHeader> frames;
  const Eigen::Vector3d normal = row.cross(column);
  for (std::size_t k = 0; k < offsets.size(); ++k)
    frames.push_back(frameAt(Eigen::Vector3d(3, 4, 5) + offsets[k] * normal, static_cast<int>(k), row, column));
  return frames;
}

bool hasNotice(const StackPlan& plan, const char* code) {
  return std::any_of(plan.notices.begin(), plan.notices.end(), [&](const Notice& n) { return n.code == QLatin1String(code); });
}

template <typename F>
ErrorCode errorOf(F&& f) {
  try {
    f();
  } catch (const HeaortaError& e) {
    return e.code();
  }
  return static_cast<ErrorCode>(-1);
}

}  // namespace

class SliceStackPlannerTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void shuffledFramesAreOrderedAlongTheNormal() {
    auto frames = stack({0, 2, 4, 6, 8, 10});
    std::shuffle(frames.begin(), frames.end(), std::mt19937(7));
    const StackPlan plan = SliceStackPlanner::plan(frames);
    QCOMPARE(plan.order.size(), std::size_t(6));
    for (std::size_t k = 0; k < plan.order.size(); ++k) QCOMPARE(frames[plan.order[k]].sopInstanceUid, "1.2.3." + std::to_string(k));
    QVERIFY(!plan.needsResampling);
    QCOMPARE(plan.geometry.size, (Index3{10, 8, 6}));
    QCOMPARE(plan.geometry.spacing, Eigen::Vector3d(0.5, 0.6, 2.0));
    QCOMPARE(plan.geometry.origin, Eigen::Vector3d(3, 4, 5));
    QVERIFY(plan.notices.empty());
  }

  void obliqueStackUsesTheCrossProductAsThirdAxis() {
    const Eigen::Matrix3d r = Eigen::AngleAxisd(0.3, Eigen::Vector3d(0.2, 1, 0.5).normalized()).toRotationMatrix();
    const StackPlan plan = SliceStackPlanner::plan(stack({0, 1.5, 3, 4.5}, r.col(0), r.col(1)));
    QVERIFY((plan.geometry.direction - r).cwiseAbs().maxCoeff() < 1e-12);
    QVERIFY(std::abs(plan.geometry.spacing[2] - 1.5) < 1e-12);
    QVERIFY(!plan.needsResampling);
  }

  void descendingPositionsStartAtTheLowestSlice() {
    // Instance 1 at the top, as many scanners write feet-first or head-first series.
    const StackPlan plan = SliceStackPlanner::plan(stack({10, 5, 0}));
    QCOMPARE(plan.geometry.origin, Eigen::Vector3d(3, 4, 5));
    QCOMPARE(plan.order, (std::vector<std::size_t>{2, 1, 0}));
  }

  void theSameInstanceTwiceIsIgnoredWithANotice() {
    auto frames = stack({0, 1, 2, 3});
    frames.push_back(frames[2]);
    frames.back().file = "copy-of-IM2.dcm";
    const StackPlan plan = SliceStackPlanner::plan(frames);
    QCOMPARE(plan.order.size(), std::size_t(4));
    QVERIFY(hasNotice(plan, "duplicate-file"));
  }

  void twoDifferentImagesAtOnePositionAreRefused() {
    auto frames = stack({0, 1, 2, 3});
    frames.push_back(frameAt(frames[1].position, 99));
    QCOMPARE(errorOf([&] { SliceStackPlanner::plan(frames); }), ErrorCode::InvalidInput);
  }

  void aGapIsRefusedUnlessInterpolationIsAllowed() {
    const auto frames = stack({0, 2, 4, 8, 10, 12});
    try {
      SliceStackPlanner::plan(frames);
      QFAIL("a gap must be refused");
    } catch (const HeaortaError& e) {
      QVERIFY2(e.message().contains(QLatin1String("IM2.dcm")) && e.message().contains(QLatin1String("IM3.dcm")), qPrintable(e.message()));
    }
    StackOptions allow;
    allow.resampleMissingSlices = true;
    const StackPlan plan = SliceStackPlanner::plan(frames, allow);
    QVERIFY(plan.needsResampling);
    QVERIFY(hasNotice(plan, "missing-slices"));
    QCOMPARE(plan.geometry.size[2], 7);  // 0..12 every 2 mm
  }

  void unevenSpacingIsResampledWithANotice() {
    const StackPlan plan = SliceStackPlanner::plan(stack({0, 1, 2, 3.3, 4.3, 5.3}));
    QVERIFY(plan.needsResampling);
    QVERIFY(hasNotice(plan, "non-uniform-spacing"));
    QCOMPARE(plan.geometry.spacing[2], 1.0);
    QCOMPARE(plan.geometry.size[2], 6);  // round(5.3 / 1) + 1
  }

  void smallJitterIsNotNonUniform() {
    const StackPlan plan = SliceStackPlanner::plan(stack({0, 5.001, 9.999, 15.0, 20.002}));
    QVERIFY(!plan.needsResampling);
  }

  void gantryTiltIsMeasuredAndCorrectedOrRefused() {
    // Each slice 2 mm further along z is shifted 2 * tan(20 deg) mm along y: a 20 degree tilt.
    std::vector<DicomFrameHeader> frames;
    const double shift = 2.0 * std::tan(20.0 * M_PI / 180.0);
    for (int k = 0; k < 5; ++k) frames.push_back(frameAt({0, k * shift, 2.0 * k}, k));
    const StackPlan plan = SliceStackPlanner::plan(frames);
    QVERIFY(plan.needsResampling);
    QVERIFY(hasNotice(plan, "gantry-tilt"));
    QVERIFY(std::abs(plan.tiltDegrees - 20.0) < 1e-9);
    QCOMPARE(plan.geometry.direction, Eigen::Matrix3d(Eigen::Matrix3d::Identity()));
    StackOptions strict;
    strict.correctGantryTilt = false;
    QCOMPARE(errorOf([&] { SliceStackPlanner::plan(frames, strict); }), ErrorCode::Unsupported);
  }

  void mixedOrientationsAreRefused() {
    auto frames = stack({0, 1, 2, 3});
    frames[2].columnDirection = Eigen::Vector3d::UnitZ();
    QCOMPARE(errorOf([&] { SliceStackPlanner::plan(frames); }), ErrorCode::InvalidInput);
  }

  void mixedSizesAreRefused() {
    auto frames = stack({0, 1, 2, 3});
    frames[1].rows = 9;
    QCOMPARE(errorOf([&] { SliceStackPlanner::plan(frames); }), ErrorCode::InvalidInput);
  }

  void twoSlicesAreNotAVolume() {
    QCOMPARE(errorOf([&] { SliceStackPlanner::plan(stack({0, 1})); }), ErrorCode::Unsupported);
  }

  void aFrameWithoutPositionCannotBePlaced() {
    auto frames = stack({0, 1, 2});
    frames[1].hasPosition = false;
    QCOMPARE(errorOf([&] { SliceStackPlanner::plan(frames); }), ErrorCode::InvalidInput);
  }
};

QTEST_GUILESS_MAIN(SliceStackPlannerTest)
#include "SliceStackPlannerTest.moc"
