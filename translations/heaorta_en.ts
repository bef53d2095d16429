<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>heaorta::DicomSeriesLoader</name>
    <message numerus="yes">
        <source>%n localizer image(s) in the series were ignored.</source>
        <translation>
            <numerusform>%n localizer image in the series was ignored.</numerusform>
            <numerusform>%n localizer images in the series were ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voxel(s) fell outside the 16-bit HU range and were clamped.</source>
        <translation>
            <numerusform>%n voxel fell outside the 16-bit HU range and was clamped.</numerusform>
            <numerusform>%n voxels fell outside the 16-bit HU range and were clamped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heaorta::EditController</name>
    <message numerus="yes">
        <source>%n voxel(s) changed</source>
        <translation>
            <numerusform>%n voxel changed</numerusform>
            <numerusform>%n voxels changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heaorta::EditPanel</name>
    <message numerus="yes">
        <source>(%n oldest step(s) can no longer be undone)</source>
        <translation>
            <numerusform>(%n oldest step can no longer be undone)</numerusform>
            <numerusform>(%n oldest steps can no longer be undone)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heaorta::MainWindow</name>
    <message numerus="yes">
        <source>Restored %n edit step(s).</source>
        <translation>
            <numerusform>Restored %n edit step.</numerusform>
            <numerusform>Restored %n edit steps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heaorta::NiftiHeaderCheck</name>
    <message numerus="yes">
        <source>%1: %n voxel(s) are not numbers (NaN) or infinite; a CT volume holds finite Hounsfield units</source>
        <translation>
            <numerusform>%1: %n voxel is not a number (NaN) or infinite; a CT volume holds finite Hounsfield units</numerusform>
            <numerusform>%1: %n voxels are not numbers (NaN) or infinite; a CT volume holds finite Hounsfield units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heaorta::PacsBrowser</name>
    <message numerus="yes">
        <source>%n study(s) found.</source>
        <translation>
            <numerusform>%n study found.</numerusform>
            <numerusform>%n studies found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrieved %n image(s) into %1.</source>
        <translation>
            <numerusform>Retrieved %n image into %1.</numerusform>
            <numerusform>Retrieved %n images into %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heaorta::PacsSendDialog</name>
    <message numerus="yes">
        <source>%1 of %n object(s) stored on %2.</source>
        <translation>
            <numerusform>%1 of %n object stored on %2.</numerusform>
            <numerusform>%1 of %n objects stored on %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heaorta::QuantificationEngine</name>
    <message numerus="yes">
        <source>%n coronary lesion(s) are not assigned to an artery; per-artery totals and the vessel count are incomplete.</source>
        <translation>
            <numerusform>%n coronary lesion is not assigned to an artery; per-artery totals and the vessel count are incomplete.</numerusform>
            <numerusform>%n coronary lesions are not assigned to an artery; per-artery totals and the vessel count are incomplete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reader excluded %n calcified voxel(s) from scoring (valve, stent or noise).</source>
        <translation>
            <numerusform>The reader excluded %n calcified voxel from scoring (valve, stent or noise).</numerusform>
            <numerusform>The reader excluded %n calcified voxels from scoring (valve, stent or noise).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heaorta::ReportDocument</name>
    <message numerus="yes">
        <source>%n calcified lesion(s); vessels with calcium: %1</source>
        <translation>
            <numerusform>%n calcified lesion; vessels with calcium: %1</numerusform>
            <numerusform>%n calcified lesions; vessels with calcium: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heaorta::ResultPresenter</name>
    <message numerus="yes">
        <source>Volume %1 mm³ · mass %2 mg · %n calcified lesion(s) (%3 in-slice) · vessels with calcium: %4</source>
        <translation>
            <numerusform>Volume %1 mm³ · mass %2 mg · %n calcified lesion (%3 in-slice) · vessels with calcium: %4</numerusform>
            <numerusform>Volume %1 mm³ · mass %2 mg · %n calcified lesions (%3 in-slice) · vessels with calcium: %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heaorta::SliceStackPlanner</name>
    <message numerus="yes">
        <source>The series has %n slice(s); a CT volume needs at least 3.</source>
        <translation>
            <numerusform>The series has %n slice; a CT volume needs at least 3.</numerusform>
            <numerusform>The series has %n slices; a CT volume needs at least 3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>between %1 and %2 (gap %3 mm, expected %4 mm; about %n slice(s) missing)</source>
        <translation>
            <numerusform>between %1 and %2 (gap %3 mm, expected %4 mm; about %n slice missing)</numerusform>
            <numerusform>between %1 and %2 (gap %3 mm, expected %4 mm; about %n slices missing)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heaorta::StudyLoader</name>
    <message numerus="yes">
        <source>(%n file(s) skipped; first: %1: %2)</source>
        <translation>
            <numerusform>(%n file skipped; first: %1: %2)</numerusform>
            <numerusform>(%n files skipped; first: %1: %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heaorta::TorchInference</name>
    <message numerus="yes">
        <source>CPU, %n thread(s)</source>
        <translation>
            <numerusform>CPU, %n thread</numerusform>
            <numerusform>CPU, %n threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heaorta::VolumeFileIO</name>
    <message numerus="yes">
        <source>%n voxel(s) fell outside the 16-bit HU range and were clamped.</source>
        <translation>
            <numerusform>%n voxel fell outside the 16-bit HU range and was clamped.</numerusform>
            <numerusform>%n voxels fell outside the 16-bit HU range and were clamped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heaorta::cli::AnonymizeCommand</name>
    <message numerus="yes">
        <source>%n de-identified image(s) in %1</source>
        <translation>
            <numerusform>%n de-identified image in %1</numerusform>
            <numerusform>%n de-identified images in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heaorta::cli::BatchCommand</name>
    <message numerus="yes">
        <source>Merged %n series into %1</source>
        <translation>
            <numerusform>Merged %n series into %1</numerusform>
            <numerusform>Merged %n series into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series were not eligible (not CT, localizers, or fewer than 10 images).</source>
        <translation>
            <numerusform>%n series were not eligible (not CT, localizers, or fewer than 10 images).</numerusform>
            <numerusform>%n series were not eligible (not CT, localizers, or fewer than 10 images).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heaorta::cli::InfoCommand</name>
    <message numerus="yes">
        <source>Loading series %1 (%n image(s))...</source>
        <translation>
            <numerusform>Loading series %1 (%n image)...</numerusform>
            <numerusform>Loading series %1 (%n images)...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heaorta::cli::PacsCommand</name>
    <message numerus="yes">
        <source>%n match(es) on %1</source>
        <translation>
            <numerusform>%n match on %1</numerusform>
            <numerusform>%n matches on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrieved %n instance(s) into %1</source>
        <translation>
            <numerusform>Retrieved %n instance into %1</numerusform>
            <numerusform>Retrieved %n instances into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored %1 of %n file(s) on %2</source>
        <translation>
            <numerusform>Stored %1 of %n file on %2</numerusform>
            <numerusform>Stored %1 of %n files on %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heaorta::cli::TextDescriptions</name>
    <message numerus="yes">
        <source>Series %1: %2, %n image(s), %3 x %4, slice thickness %5 mm (UID %6)</source>
        <translation>
            <numerusform>Series %1: %2, %n image, %3 x %4, slice thickness %5 mm (UID %6)</numerusform>
            <numerusform>Series %1: %2, %n images, %3 x %4, slice thickness %5 mm (UID %6)</numerusform>
        </translation>
    </message>
</context>
</TS>
