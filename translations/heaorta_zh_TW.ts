<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>heaorta</name>
    <message>
        <source>Cancelled by the user.</source>
        <translation>已由使用者取消。</translation>
    </message>
</context>
<context>
    <name>heaorta::AboutDialog</name>
    <message>
        <source>&lt;h3&gt;Heaorta Workstation %1&lt;/h3&gt;&lt;p&gt;Heart and aorta segmentation, coronary and aortic calcium, pericardial fat and risk on chest CT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not a substitute for a physician&apos;s judgement.&lt;/b&gt; Check the masks: the numbers depend on them.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Licences: Qt (LGPL 3), VTK (BSD 3-clause), ITK (Apache 2.0), GDCM (BSD), Eigen (MPL 2), LibTorch (BSD 3-clause). Demo study: TCIA Lung-PET-CT-Dx, CC BY 4.0 (Li P. et al., 2020).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Heaorta 工作站 %1&lt;/h3&gt;&lt;p&gt;胸部 CT 的心臟與主動脈分割、冠狀動脈與主動脈鈣化、心包膜脂肪及風險評估。&lt;/p&gt;&lt;p&gt;&lt;b&gt;不能取代醫師的判斷。&lt;/b&gt;請檢查遮罩：所有數值都取決於遮罩。&lt;/p&gt;&lt;p&gt;建置所用元件：&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;授權：Qt (LGPL 3)、VTK (BSD 3-clause)、ITK (Apache 2.0)、GDCM (BSD)、Eigen (MPL 2)、LibTorch (BSD 3-clause)。示範影像：TCIA Lung-PET-CT-Dx，CC BY 4.0 (Li P. et al., 2020)。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Heaorta Workstation</source>
        <translation>關於 Heaorta 工作站</translation>
    </message>
</context>
<context>
    <name>heaorta::AnatomicalSegmenter</name>
    <message>
        <source>Anatomical fallback segmenter (no model installed)</source>
        <translation>解剖式備援分割器（未安裝模型）</translation>
    </message>
    <message>
        <source>The masks were made by the anatomical fallback segmenter, not by a trained model: check them before relying on the numbers.</source>
        <translation>遮罩由解剖式備援分割器產生，而非訓練過的模型：採用數值前請先檢查遮罩。</translation>
    </message>
    <message>
        <source>Preparing the analysis grid</source>
        <translation>準備分析網格</translation>
    </message>
    <message>
        <source>Finding body, lungs and spine</source>
        <translation>尋找身體、肺部與脊椎</translation>
    </message>
    <message>
        <source>No lungs were found: the fallback segmenter needs a chest CT.</source>
        <translation>找不到肺部：備援分割器需要胸部 CT。</translation>
    </message>
    <message>
        <source>Tracking the aorta</source>
        <translation>追蹤主動脈</translation>
    </message>
    <message>
        <source>Outlining the heart</source>
        <translation>描繪心臟</translation>
    </message>
    <message>
        <source>Contrast-enhanced CT detected (%1 % of the mediastinum above 150 HU): the fallback segmenter and calcium scoring are defined for non-contrast CT.</source>
        <translation>偵測到顯影劑增強 CT（縱膈腔有 %1 % 高於 150 HU）：備援分割器與鈣化積分僅適用於非顯影 CT。</translation>
    </message>
    <message>
        <source>The descending aorta was not found; no aorta and no heart labels were made.</source>
        <translation>找不到降主動脈；未產生主動脈與心臟標籤。</translation>
    </message>
    <message>
        <source>The ascending aorta was not found; the top of the heart label is estimated and may include the great vessels.</source>
        <translation>找不到升主動脈；心臟標籤的上緣為估計值，可能包含大血管。</translation>
    </message>
    <message>
        <source>The aortic arch is not in the scan or was not found; the aorta labels may be incomplete at the top.</source>
        <translation>影像中沒有主動脈弓或未能找到；主動脈標籤的上端可能不完整。</translation>
    </message>
    <message>
        <source>The diaphragm could not be fitted; the heart label may extend into the liver.</source>
        <translation>無法擬合橫膈膜；心臟標籤可能延伸到肝臟。</translation>
    </message>
    <message>
        <source>Removing bone</source>
        <translation>移除骨骼</translation>
    </message>
    <message>
        <source>Mapping the labels to the CT grid</source>
        <translation>將標籤對應回 CT 網格</translation>
    </message>
    <message>
        <source>Segmentation finished</source>
        <translation>分割完成</translation>
    </message>
    <message>
        <source>The ascending aorta was not found; the top of the heart label is set 2 cm below the carina (the tracheal bifurcation): check it at the pulmonary trunk.</source>
        <translation>未找到升主動脈；心臟標記的上緣設在氣管隆突（氣管分叉處）下方 2 公分：請在肺動脈幹處確認。</translation>
    </message>
    <message>
        <source>The scan starts below the aortic arch and the carina was not found: the top of the heart label could not be placed by them and may include the great vessels or miss the top of the heart; check it at the pulmonary trunk.</source>
        <translation>掃描自主動脈弓下方開始，且未找到氣管分岔（隆突）：心臟標籤的上緣無法依此定位，可能包含大血管或遺漏心臟頂部；請在肺動脈幹處確認。</translation>
    </message>
</context>
<context>
    <name>heaorta::AtomicFile</name>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1：無法寫入（%2）</translation>
    </message>
</context>
<context>
    <name>heaorta::BatchManifest</name>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1：無法讀取</translation>
    </message>
</context>
<context>
    <name>heaorta::BatchPlan</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1：檔案或資料夾不存在</translation>
    </message>
    <message>
        <source>--shard takes i/N with 1 &lt;= i &lt;= N (got %1/%2)</source>
        <translation>--shard 須為 i/N 且 1 &lt;= i &lt;= N（收到 %1/%2）</translation>
    </message>
</context>
<context>
    <name>heaorta::BatchResultsFile</name>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1：無法讀取</translation>
    </message>
    <message>
        <source>%1 holds other columns than this version writes: choose another output file</source>
        <translation>%1 的欄位與此版本寫出的不同：請選擇另一個輸出檔</translation>
    </message>
    <message>
        <source>%1: its columns differ from the other files</source>
        <translation>%1：欄位與其他檔案不同</translation>
    </message>
    <message>
        <source>No results to merge.</source>
        <translation>沒有可合併的結果。</translation>
    </message>
</context>
<context>
    <name>heaorta::CanonicalFrame</name>
    <message>
        <source>Segmentation needs slices near the standard planes; this volume is oblique. Reformat it first.</source>
        <translation>分割需要接近標準平面的切片；此影像為斜切面，請先重組。</translation>
    </message>
</context>
<context>
    <name>heaorta::DicomAnonymizer</name>
    <message>
        <source>%1: not empty; give a new or empty folder, so that nothing is overwritten</source>
        <translation>%1：資料夾不是空的；請指定新的或空的資料夾，以免覆寫任何檔案</translation>
    </message>
    <message>
        <source>%1: cannot be created (%2)</source>
        <translation>%1：無法建立（%2）</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <source>burned-in annotation: the pixels themselves may show who the patient is</source>
        <translation>含燒入註記：影像像素本身可能顯示病人身分</translation>
    </message>
    <message>
        <source>%1: cannot be written (disk full?)</source>
        <translation>%1：無法寫入（磁碟已滿？）</translation>
    </message>
    <message>
        <source>the DICOM parser stopped on this file (%1)</source>
        <translation>DICOM 解析器在此檔案上停止（%1）</translation>
    </message>
</context>
<context>
    <name>heaorta::DicomDerivedObject</name>
    <message>
        <source>A %1 is filed into the CT&apos;s DICOM study; this study was not loaded from DICOM.</source>
        <translation>%1 須歸檔於電腦斷層的 DICOM 檢查中；此檢查並非由 DICOM 載入。</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1：無法寫入（%2）</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1：無法寫入</translation>
    </message>
</context>
<context>
    <name>heaorta::DicomEncapsulatedPdf</name>
    <message>
        <source>DICOM encapsulated PDF</source>
        <translation>DICOM 封裝 PDF</translation>
    </message>
    <message>
        <source>The report is not a PDF.</source>
        <translation>報告不是 PDF。</translation>
    </message>
    <message>
        <source>Risk report</source>
        <translation>風險報告</translation>
    </message>
</context>
<context>
    <name>heaorta::DicomFolderIndexer</name>
    <message>
        <source>DICOMDIR (a media directory, not an image)</source>
        <translation>DICOMDIR（媒體目錄，不是影像）</translation>
    </message>
    <message>
        <source>secondary capture (a screenshot, not a measurable image)</source>
        <translation>次級擷取影像（螢幕截圖，無法量測）</translation>
    </message>
    <message>
        <source>not an image object (%1)</source>
        <translation>不是影像物件（%1）</translation>
    </message>
    <message>
        <source>no image (Rows/Columns missing)</source>
        <translation>沒有影像（缺少 Rows/Columns）</translation>
    </message>
    <message>
        <source>localizer (scout) image</source>
        <translation>定位（scout）影像</translation>
    </message>
    <message>
        <source>cannot be opened (permission denied or unreadable)</source>
        <translation>無法開啟（權限不足或無法讀取）</translation>
    </message>
    <message>
        <source>not a DICOM file</source>
        <translation>不是 DICOM 檔案</translation>
    </message>
    <message>
        <source>folder cannot be read: %1</source>
        <translation>無法讀取資料夾：%1</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1：檔案或資料夾不存在</translation>
    </message>
    <message>
        <source>Indexing DICOM files</source>
        <translation>正在建立 DICOM 檔案索引</translation>
    </message>
    <message>
        <source>malformed DICOM: %1</source>
        <translation>DICOM 格式錯誤：%1</translation>
    </message>
    <message>
        <source>unreadable: the DICOM parser failed on this file (%1); the other files were read</source>
        <translation>無法讀取：DICOM 解析器處理此檔案時失敗（%1）；其他檔案已讀取</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>空檔案（0 位元組）</translation>
    </message>
    <message>
        <source>a DICOM file without the Transfer Syntax UID (0002,0010) in its meta header: it cannot be parsed</source>
        <translation>DICOM 檔案的檔頭缺少傳輸語法 UID (0002,0010)：無法解析</translation>
    </message>
    <message>
        <source>a DICOM file whose header cannot be parsed</source>
        <translation>DICOM 檔案的檔頭無法解析</translation>
    </message>
</context>
<context>
    <name>heaorta::DicomFrameHeader</name>
    <message>
        <source>%1 (frame %2)</source>
        <translation>%1（第 %2 幀）</translation>
    </message>
</context>
<context>
    <name>heaorta::DicomHeaderReader</name>
    <message>
        <source>%1: cannot be opened (permission denied or unreadable)</source>
        <translation>%1：無法開啟（權限不足或無法讀取）</translation>
    </message>
    <message>
        <source>%1: not a readable DICOM file (corrupt or truncated header)</source>
        <translation>%1：無法讀取的 DICOM 檔案（標頭損毀或不完整）</translation>
    </message>
</context>
<context>
    <name>heaorta::DicomPixelDecoder</name>
    <message>
        <source>has no pixel data (or is truncated before it)</source>
        <translation>沒有像素資料（或檔案在其之前即已截斷）</translation>
    </message>
    <message>
        <source>the image data cannot be read (corrupt or truncated file)</source>
        <translation>無法讀取影像資料（檔案損毀或不完整）</translation>
    </message>
    <message>
        <source>is a colour image (%1 samples per pixel), not a CT slice</source>
        <translation>是彩色影像（每像素 %1 個樣本），不是 CT 切片</translation>
    </message>
    <message>
        <source>has %1 bits per pixel; CT images have 16</source>
        <translation>每像素 %1 位元；CT 影像應為 16 位元</translation>
    </message>
    <message>
        <source>the pixel data is shorter than the image size (truncated file)</source>
        <translation>像素資料短於影像大小（檔案不完整）</translation>
    </message>
    <message>
        <source>the pixel data cannot be decoded (transfer syntax %1)</source>
        <translation>無法解碼像素資料（傳輸語法 %1）</translation>
    </message>
    <message>
        <source>the pixel data does not match Rows/Columns/Number of Frames</source>
        <translation>像素資料與 Rows/Columns/Number of Frames 不符</translation>
    </message>
    <message>
        <source>the compressed pixel data ends early (truncated file)</source>
        <translation>壓縮像素資料提前結束（檔案不完整）</translation>
    </message>
</context>
<context>
    <name>heaorta::DicomSegReader</name>
    <message>
        <source>%1: not a readable DICOM SEG (%2)</source>
        <translation>%1：不是可讀取的 DICOM SEG（%2）</translation>
    </message>
    <message>
        <source>%1: only binary DICOM SEG can be read as labels</source>
        <translation>%1：只有二值 DICOM SEG 能讀成標記</translation>
    </message>
    <message>
        <source>%1: the DICOM SEG has no image size</source>
        <translation>%1：此 DICOM SEG 沒有影像尺寸</translation>
    </message>
    <message>
        <source>%1: frame %2 has no position, orientation or pixel spacing</source>
        <translation>%1：第 %2 幀沒有位置、方向或像素間距</translation>
    </message>
    <message>
        <source>%1: frame %2 cannot be decoded</source>
        <translation>%1：第 %2 幀無法解碼</translation>
    </message>
    <message>
        <source>%1: the DICOM SEG cannot be read: its parser stopped (%2)</source>
        <translation>%1：無法讀取 DICOM SEG：其解析器中止（%2）</translation>
    </message>
    <message>
        <source>%1: the DICOM parser stopped on this file (%2)</source>
        <translation>%1：DICOM 解析器在此檔案上停止（%2）</translation>
    </message>
</context>
<context>
    <name>heaorta::DicomSegWriter</name>
    <message>
        <source>%1: the DICOM SEG cannot be made (%2)</source>
        <translation>%1：無法產生 DICOM SEG（%2）</translation>
    </message>
    <message>
        <source>A DICOM SEG references the CT images it was drawn on; this study was not loaded from DICOM (export NIfTI or NRRD instead).</source>
        <translation>DICOM SEG 需參照其所依據的 CT 影像；此檢查並非從 DICOM 載入（請改為匯出 NIfTI 或 NRRD）。</translation>
    </message>
    <message>
        <source>The images are too large for DICOM SEG.</source>
        <translation>影像太大，無法存成 DICOM SEG。</translation>
    </message>
    <message>
        <source>There are no masks to export.</source>
        <translation>沒有可匯出的遮罩。</translation>
    </message>
</context>
<context>
    <name>heaorta::DicomSeriesLoader</name>
    <message>
        <source>Reading DICOM headers</source>
        <translation>正在讀取 DICOM 標頭</translation>
    </message>
    <message>
        <source>%1 is a %2 image, not CT: only CT series can be loaded and scored</source>
        <translation>%1 是 %2 影像，不是 CT：只能載入並計分 CT 序列</translation>
    </message>
    <message>
        <source>%1 and %2 belong to different series (%3 and %4); load one series at a time</source>
        <translation>%1 與 %2 屬於不同序列（%3 與 %4）；請一次載入一個序列</translation>
    </message>
    <message>
        <source>No DICOM files were given.</source>
        <translation>未提供任何 DICOM 檔案。</translation>
    </message>
    <message numerus="yes">
        <source>%n localizer image(s) in the series were ignored.</source>
        <translation>
            <numerusform>已忽略序列中的 %n 張定位影像。</numerusform>
        </translation>
    </message>
    <message>
        <source>The series holds only localizer images.</source>
        <translation>此序列只有定位影像。</translation>
    </message>
    <message>
        <source>Decoding slices</source>
        <translation>正在解碼切片</translation>
    </message>
    <message numerus="yes">
        <source>%n voxel(s) fell outside the 16-bit HU range and were clamped.</source>
        <translation>
            <numerusform>有 %n 個體素超出 16 位元 HU 範圍，已截斷至範圍內。</numerusform>
        </translation>
    </message>
    <message>
        <source>Series loaded</source>
        <translation>序列已載入</translation>
    </message>
</context>
<context>
    <name>heaorta::DicomStructuredReport</name>
    <message>
        <source>%1: the structured report cannot be made (%2)</source>
        <translation>%1：無法產生結構化報告（%2）</translation>
    </message>
    <message>
        <source>DICOM structured report</source>
        <translation>DICOM 結構化報告</translation>
    </message>
    <message>
        <source>Coronary artery calcium</source>
        <translation>冠狀動脈鈣化</translation>
    </message>
    <message>
        <source>%1 calcium</source>
        <translation>%1鈣化</translation>
    </message>
    <message>
        <source>Pericardial fat</source>
        <translation>心包膜脂肪</translation>
    </message>
    <message>
        <source>No heart label: nothing was measured.</source>
        <translation>無心臟標籤：未進行任何測量。</translation>
    </message>
    <message>
        <source>a label file</source>
        <translation>標籤檔</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>設定：%1</translation>
    </message>
    <message>
        <source>Calcium and fat measurements</source>
        <translation>鈣化與脂肪測量</translation>
    </message>
</context>
<context>
    <name>heaorta::EditController</name>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>復原 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>瀏覽(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>筆刷(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>橡皮擦(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>填滿(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lesion</source>
        <translation>病灶(&amp;L)</translation>
    </message>
    <message>
        <source>E&amp;xclude Lesion</source>
        <translation>排除病灶(&amp;X)</translation>
    </message>
    <message>
        <source>Unassign Lesion</source>
        <translation>取消指定病灶</translation>
    </message>
    <message>
        <source>Assign Lesion to Other</source>
        <translation>將病灶指定為其他</translation>
    </message>
    <message>
        <source>Assign Lesion to %1</source>
        <translation>將病灶指定為 %1</translation>
    </message>
    <message>
        <source>No scored calcified lesion at this voxel.</source>
        <translation>此體素沒有計分的鈣化病灶。</translation>
    </message>
    <message>
        <source>Select a lesion first: click it with the lesion tool or in the lesion table.</source>
        <translation>請先選取病灶：以病灶工具點選，或在病灶表中點選。</translation>
    </message>
    <message numerus="yes">
        <source>%n voxel(s) changed</source>
        <translation>
            <numerusform>已變更 %n 個體素</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heaorta::EditJournal</name>
    <message>
        <source>The autosaved edits in %1 cannot be read: %2</source>
        <translation>%1 中自動儲存的編輯無法讀取：%2</translation>
    </message>
    <message>
        <source>the manifest is damaged</source>
        <translation>說明檔已損壞</translation>
    </message>
    <message>
        <source>the baseline masks are damaged</source>
        <translation>基準遮罩已損壞</translation>
    </message>
</context>
<context>
    <name>heaorta::EditPanel</name>
    <message>
        <source>3-D sphere</source>
        <translation>3D 球形</translation>
    </message>
    <message>
        <source>Only where HU from</source>
        <translation>只限 HU 介於</translation>
    </message>
    <message>
        <source>3-D</source>
        <translation>3D</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation>瀏覽</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>筆刷</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>橡皮擦</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填滿</translation>
    </message>
    <message>
        <source>Lesion</source>
        <translation>病灶</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>標記</translation>
    </message>
    <message>
        <source>Brush radius</source>
        <translation>筆刷半徑</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Background only</source>
        <translation>僅背景</translation>
    </message>
    <message>
        <source>Background and %1</source>
        <translation>背景與%1</translation>
    </message>
    <message>
        <source>Paint over</source>
        <translation>可覆蓋</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Fill range</source>
        <translation>填滿範圍</translation>
    </message>
    <message>
        <source>Interpolate slices</source>
        <translation>切面間內插</translation>
    </message>
    <message>
        <source>Keep largest part</source>
        <translation>保留最大區塊</translation>
    </message>
    <message>
        <source>Remove islands</source>
        <translation>移除孤立區塊</translation>
    </message>
    <message>
        <source>Fill holes</source>
        <translation>填補孔洞</translation>
    </message>
    <message>
        <source>Other 5</source>
        <translation>其他 5</translation>
    </message>
    <message>
        <source>Exclude X</source>
        <translation>排除 X</translation>
    </message>
    <message>
        <source>Unassign 0</source>
        <translation>取消指定 0</translation>
    </message>
    <message>
        <source>History (Ctrl+Z undo, Ctrl+Shift+Z redo)</source>
        <translation>歷程（Ctrl+Z 復原，Ctrl+Shift+Z 重做）</translation>
    </message>
    <message>
        <source>Lesion tool: click a calcified lesion, then 1-5 (LM, LAD, LCX, RCA, other), X to exclude, 0 to unassign.</source>
        <translation>病灶工具：點選鈣化病灶，再按 1-5（LM、LAD、LCX、RCA、其他）指定血管，X 排除，0 取消指定。</translation>
    </message>
    <message>
        <source>Undo memory %1 of %2 MB</source>
        <translation>復原記憶體 %1 / %2 MB</translation>
    </message>
    <message numerus="yes">
        <source>(%n oldest step(s) can no longer be undone)</source>
        <translation>
            <numerusform>（最舊的 %n 個步驟已無法復原）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heaorta::EditStep</name>
    <message>
        <source>%1 +%2/-%3 voxels</source>
        <translation>%1 +%2/-%3 體素</translation>
    </message>
    <message>
        <source>lesion assignments changed</source>
        <translation>病灶指定已變更</translation>
    </message>
    <message>
        <source>Masks corrected by a reader: %1</source>
        <translation>遮罩經判讀者修正：%1</translation>
    </message>
    <message>
        <source>heart</source>
        <translation>心臟</translation>
    </message>
    <message>
        <source>ascending aorta</source>
        <translation>升主動脈</translation>
    </message>
    <message>
        <source>descending aorta</source>
        <translation>降主動脈</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>標記 %1</translation>
    </message>
    <message>
        <source>Brush stroke (%1)</source>
        <translation>筆刷（%1）</translation>
    </message>
    <message>
        <source>Eraser stroke (%1)</source>
        <translation>橡皮擦（%1）</translation>
    </message>
    <message>
        <source>Threshold paint (%1)</source>
        <translation>閾值塗繪（%1）</translation>
    </message>
    <message>
        <source>Fill (%1)</source>
        <translation>填滿（%1）</translation>
    </message>
    <message>
        <source>Interpolate (%1)</source>
        <translation>內插（%1）</translation>
    </message>
    <message>
        <source>Remove islands (%1)</source>
        <translation>移除孤立區塊（%1）</translation>
    </message>
    <message>
        <source>Keep largest part (%1)</source>
        <translation>保留最大區塊（%1）</translation>
    </message>
    <message>
        <source>Fill holes (%1)</source>
        <translation>填補孔洞（%1）</translation>
    </message>
    <message>
        <source>Unassign lesion</source>
        <translation>取消指定病灶</translation>
    </message>
    <message>
        <source>Assign lesion to %1</source>
        <translation>將病灶指定為 %1</translation>
    </message>
    <message>
        <source>Exclude lesion</source>
        <translation>排除病灶</translation>
    </message>
</context>
<context>
    <name>heaorta::IsolatedPacsCall</name>
    <message>
        <source>The exchange with the PACS %1 stopped (%2).%3</source>
        <translation>與 PACS %1 的交換停止了（%2）。%3</translation>
    </message>
    <message>
        <source>The DICOM network layer stopped while talking to the PACS %1 (%2): its answer could not be read.%3</source>
        <translation>與 PACS %1 通訊時 DICOM 網路層停止了（%2）：無法讀取其回應。%3</translation>
    </message>
</context>
<context>
    <name>heaorta::IsolatedPixelDecoding</name>
    <message>
        <source>%1: the image decoder stopped on this file (%2)</source>
        <translation>%1：影像解碼器在此檔案上中止（%2）</translation>
    </message>
</context>
<context>
    <name>heaorta::LabelControls</name>
    <message>
        <source>Outlines only</source>
        <translation>僅顯示輪廓</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1 的顏色</translation>
    </message>
    <message>
        <source>Opacity of %1</source>
        <translation>%1 的不透明度</translation>
    </message>
</context>
<context>
    <name>heaorta::LabelDisplay</name>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Heart (pericardial sac)</source>
        <translation>心臟（心包囊）</translation>
    </message>
    <message>
        <source>Ascending aorta</source>
        <translation>升主動脈</translation>
    </message>
    <message>
        <source>Descending aorta</source>
        <translation>降主動脈</translation>
    </message>
    <message>
        <source>Label %1</source>
        <translation>標籤 %1</translation>
    </message>
</context>
<context>
    <name>heaorta::LabelEditSession</name>
    <message>
        <source>Autosave is off: %1. Your edits are kept while the program runs; save the label map to keep them.</source>
        <translation>自動儲存已關閉：%1。程式執行期間編輯仍會保留；請儲存標記圖以保存。</translation>
    </message>
    <message>
        <source>Autosave stopped: %1. Your edits are kept while the program runs; save the label map to keep them.</source>
        <translation>自動儲存已停止：%1。程式執行期間編輯仍會保留；請儲存標記圖以保存。</translation>
    </message>
    <message>
        <source>Autosave is off: %1.</source>
        <translation>自動儲存已關閉：%1。</translation>
    </message>
    <message>
        <source>Drawn by a reader</source>
        <translation>由判讀者手繪</translation>
    </message>
</context>
<context>
    <name>heaorta::LabelExport</name>
    <message>
        <source>%1: a 3D Slicer segmentation file ends in .seg.nrrd</source>
        <translation>%1：3D Slicer 分割檔的副檔名須為 .seg.nrrd</translation>
    </message>
    <message>
        <source>%1: the file name does not match the format (.nii/.nii.gz or .nrrd)</source>
        <translation>%1：檔名與格式不符（.nii/.nii.gz 或 .nrrd）</translation>
    </message>
</context>
<context>
    <name>heaorta::LabelMapAligner</name>
    <message>
        <source>The label map is on a different grid than the CT; it was resampled (nearest neighbour).</source>
        <translation>標籤圖與 CT 的網格不同，已重新取樣（最近鄰）。</translation>
    </message>
</context>
<context>
    <name>heaorta::LabelSidecarFormat</name>
    <message>
        <source>%1: the lesion assignments beside the label map are damaged</source>
        <translation>%1：標記圖旁的病灶指定檔已損壞</translation>
    </message>
    <message>
        <source>%1: the lesion assignments were made on another grid</source>
        <translation>%1：病灶指定是在另一個網格上建立的</translation>
    </message>
</context>
<context>
    <name>heaorta::LesionKeyImage</name>
    <message>
        <source>R</source>
        <comment>patient&apos;s right</comment>
        <translation>右</translation>
    </message>
    <message>
        <source>L</source>
        <comment>patient&apos;s left</comment>
        <translation>左</translation>
    </message>
    <message>
        <source>Slice %1</source>
        <translation>切片 %1</translation>
    </message>
    <message>
        <source>%1. Coronary calcium red, aortic calcium orange; heart outlined yellow, aorta blue.</source>
        <translation>%1。冠狀動脈鈣化為紅色，主動脈鈣化為橘色；心臟以黃線、主動脈以藍線勾勒。</translation>
    </message>
</context>
<context>
    <name>heaorta::MainWindow</name>
    <message>
        <source>Heaorta Workstation</source>
        <translation>Heaorta 工作站</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Folder...</source>
        <translation>開啟資料夾(&amp;F)...</translation>
    </message>
    <message>
        <source>Open &amp;Volume File...</source>
        <translation>開啟體積檔案(&amp;V)...</translation>
    </message>
    <message>
        <source>&amp;Recent Studies</source>
        <translation>最近的檢查(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Label &amp;Outlines</source>
        <translation>標籤輪廓(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;All Views</source>
        <translation>所有視圖(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;xial</source>
        <translation>軸狀面(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Coronal</source>
        <translation>冠狀面(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sagittal</source>
        <translation>矢狀面(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;3D</source>
        <translation>3D(&amp;3)</translation>
    </message>
    <message>
        <source>Open DICOM Folder</source>
        <translation>開啟 DICOM 資料夾</translation>
    </message>
    <message>
        <source>Open Volume or DICOM File</source>
        <translation>開啟體積或 DICOM 檔案</translation>
    </message>
    <message>
        <source>Volumes (*.nii *.nii.gz *.nrrd *.nhdr *.mha *.mhd);;DICOM (*)</source>
        <translation>體積 (*.nii *.nii.gz *.nrrd *.nhdr *.mha *.mhd);;DICOM (*)</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>正在開啟 %1</translation>
    </message>
    <message>
        <source>Cannot open the study</source>
        <translation>無法開啟檢查</translation>
    </message>
    <message>
        <source>%1 - Heaorta Workstation</source>
        <translation>%1 - Heaorta 工作站</translation>
    </message>
    <message>
        <source>Voxel (%1, %2, %3)  Patient (%4, %5, %6) mm</source>
        <translation>體素 (%1, %2, %3)  病患座標 (%4, %5, %6) mm</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>&amp;Load Label Map...</source>
        <translation>載入標籤圖(&amp;L)...</translation>
    </message>
    <message>
        <source>&amp;Save Label Map...</source>
        <translation>儲存標籤圖(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Segmentation</source>
        <translation>分割(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Segment Heart and Aorta</source>
        <translation>分割心臟與主動脈(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reset 3D View</source>
        <translation>重設 3D 視圖(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Heaorta Workstation</source>
        <translation>關於 Heaorta 工作站(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <source>Load Label Map</source>
        <translation>載入標籤圖</translation>
    </message>
    <message>
        <source>Save Label Map</source>
        <translation>儲存標籤圖</translation>
    </message>
    <message>
        <source>Label maps (*.nii *.nii.gz *.nrrd *.mha)</source>
        <translation>標籤圖 (*.nii *.nii.gz *.nrrd *.mha)</translation>
    </message>
    <message>
        <source>Loading series %1</source>
        <translation>正在載入序列 %1</translation>
    </message>
    <message>
        <source>Cannot open the series</source>
        <translation>無法開啟序列</translation>
    </message>
    <message>
        <source>Segmenting heart and aorta</source>
        <translation>正在分割心臟與主動脈</translation>
    </message>
    <message>
        <source>Segmented in %1 s by %2</source>
        <translation>分割耗時 %1 秒，分割器：%2</translation>
    </message>
    <message>
        <source>Segmentation failed</source>
        <translation>分割失敗</translation>
    </message>
    <message>
        <source>Label map %1</source>
        <translation>標籤圖 %1</translation>
    </message>
    <message>
        <source>Cannot load the label map</source>
        <translation>無法載入標籤圖</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>Cannot save the label map</source>
        <translation>無法儲存標籤圖</translation>
    </message>
    <message>
        <source>Slice %1 / %2</source>
        <translation>切片 %1 / %2</translation>
    </message>
    <message>
        <source>no masks</source>
        <translation>無遮罩</translation>
    </message>
    <message>
        <source>outside the masks</source>
        <translation>遮罩外</translation>
    </message>
    <message>
        <source>%1 HU  %2</source>
        <translation>%1 HU  %2</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>&amp;Export Labels...</source>
        <translation>匯出標記(&amp;E)...</translation>
    </message>
    <message>
        <source>Label maps (*.nii *.nii.gz *.nrrd *.mha *.mhd *.dcm);;DICOM SEG (*)</source>
        <translation>標記圖 (*.nii *.nii.gz *.nrrd *.mha *.mhd *.dcm);;DICOM SEG (*)</translation>
    </message>
    <message>
        <source>DICOM SEG (*.dcm)</source>
        <translation>DICOM SEG (*.dcm)</translation>
    </message>
    <message>
        <source>NIfTI with ITK-SNAP label file (*.nii.gz)</source>
        <translation>NIfTI 與 ITK-SNAP 標記說明檔 (*.nii.gz)</translation>
    </message>
    <message>
        <source>NRRD with ITK-SNAP label file (*.nrrd)</source>
        <translation>NRRD 與 ITK-SNAP 標記說明檔 (*.nrrd)</translation>
    </message>
    <message>
        <source>3D Slicer segmentation (*.seg.nrrd)</source>
        <translation>3D Slicer 分割檔 (*.seg.nrrd)</translation>
    </message>
    <message>
        <source>Export Labels</source>
        <translation>匯出標記</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已匯出 %1</translation>
    </message>
    <message>
        <source>Cannot export the labels</source>
        <translation>無法匯出標記</translation>
    </message>
    <message>
        <source>Cannot restore the edits</source>
        <translation>無法還原編輯</translation>
    </message>
    <message>
        <source>Restore unsaved edits?</source>
        <translation>還原未儲存的編輯？</translation>
    </message>
    <message>
        <source>Heaorta Workstation did not close normally. Edits of %1 (%2) were not saved.
Restore them?</source>
        <translation>Heaorta Workstation 上次未正常關閉。%1（%2）的編輯尚未儲存。
要還原嗎？</translation>
    </message>
    <message>
        <source>an unnamed patient</source>
        <translation>未具名病人</translation>
    </message>
    <message>
        <source>%1 no longer has the grid the edits were made on; they stay in %2.</source>
        <translation>%1 的網格已與編輯時不同；編輯保留在 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n edit step(s).</source>
        <translation>
            <numerusform>已還原 %n 個編輯步驟。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>未儲存的編輯</translation>
    </message>
    <message>
        <source>The corrected masks are not saved. Save them before closing?</source>
        <translation>修正後的遮罩尚未儲存。關閉前要儲存嗎？</translation>
    </message>
    <message>
        <source>The corrected masks are not saved and would be replaced. Discard the edits?</source>
        <translation>修正後的遮罩尚未儲存，將被取代。要捨棄這些編輯嗎？</translation>
    </message>
    <message>
        <source>&amp;Query/Retrieve from PACS...</source>
        <translation>從 PACS 查詢/擷取(&amp;Q)...</translation>
    </message>
    <message>
        <source>Send to &amp;PACS...</source>
        <translation>傳送至 PACS(&amp;P)...</translation>
    </message>
    <message>
        <source>PACS &amp;Nodes...</source>
        <translation>PACS 節點(&amp;N)...</translation>
    </message>
</context>
<context>
    <name>heaorta::MesaPercentile</name>
    <message>
        <source>not applicable (no valid score)</source>
        <translation>不適用（無有效分數）</translation>
    </message>
    <message>
        <source>not applicable (age not recorded)</source>
        <translation>不適用（未記錄年齡）</translation>
    </message>
    <message>
        <source>not applicable (sex not recorded)</source>
        <translation>不適用（未記錄性別）</translation>
    </message>
    <message>
        <source>not applicable (age %1; MESA covers 45-84 years)</source>
        <translation>不適用（年齡 %1 歲；MESA 涵蓋 45-84 歲）</translation>
    </message>
    <message>
        <source>Chinese-American women aged %1</source>
        <translation>%1 歲華裔美籍女性</translation>
    </message>
    <message>
        <source>Chinese-American men aged %1</source>
        <translation>%1 歲華裔美籍男性</translation>
    </message>
    <message>
        <source>at or below the %1th percentile (no calcium)</source>
        <translation>位於第 %1 百分位或以下（無鈣化）</translation>
    </message>
    <message>
        <source>below the %1th percentile</source>
        <translation>低於第 %1 百分位</translation>
    </message>
    <message>
        <source>above the %1th percentile</source>
        <translation>高於第 %1 百分位</translation>
    </message>
    <message>
        <source>between the %1th and %2th percentile</source>
        <translation>介於第 %1 與第 %2 百分位之間</translation>
    </message>
    <message>
        <source>%1 of %2 (MESA; approximate, interpolated by age)</source>
        <translation>%2中%1（MESA；近似值，依年齡內插）</translation>
    </message>
    <message>
        <source>McClelland RL et al. Distribution of coronary artery calcium by race, gender, and age: results from the Multi-Ethnic Study of Atherosclerosis (MESA). Circulation 2006;113:30-37, Table 2 (Chinese-American participants).</source>
        <translation>McClelland RL et al. Distribution of coronary artery calcium by race, gender, and age: results from the Multi-Ethnic Study of Atherosclerosis (MESA). Circulation 2006;113:30-37，表 2（華裔美籍受試者）。</translation>
    </message>
</context>
<context>
    <name>heaorta::MetaImageHeaderCheck</name>
    <message>
        <source>%1: the MetaImage header declares &quot;%2&quot; dimensions (NDims); an image has 1 to %3</source>
        <translation>%1：MetaImage 標頭宣告了「%2」個維度（NDims）；影像的維度為 1 至 %3</translation>
    </message>
</context>
<context>
    <name>heaorta::ModelCard</name>
    <message>
        <source>the model card is missing; a model needs its card (JSON) beside it</source>
        <translation>缺少模型卡；模型旁必須有其模型卡 (JSON)</translation>
    </message>
    <message>
        <source>the model card cannot be read</source>
        <translation>無法讀取模型卡</translation>
    </message>
    <message>
        <source>the model card is not valid JSON (%1)</source>
        <translation>模型卡不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <source>the model card has no name or version</source>
        <translation>模型卡沒有名稱或版本</translation>
    </message>
    <message>
        <source>the model card has no SHA-256 of the weights</source>
        <translation>模型卡沒有權重檔的 SHA-256</translation>
    </message>
    <message>
        <source>input.spacing_mm must hold three numbers</source>
        <translation>input.spacing_mm 必須包含三個數字</translation>
    </message>
    <message>
        <source>input.spacing_mm must be positive</source>
        <translation>input.spacing_mm 必須為正數</translation>
    </message>
    <message>
        <source>input.orientation must be LPS or RAS</source>
        <translation>input.orientation 必須是 LPS 或 RAS</translation>
    </message>
    <message>
        <source>normalization.max must exceed normalization.min</source>
        <translation>normalization.max 必須大於 normalization.min</translation>
    </message>
    <message>
        <source>unknown input normalisation &quot;%1&quot; (zscore_nonzero or clip_scale)</source>
        <translation>未知的輸入正規化「%1」（應為 zscore_nonzero 或 clip_scale）</translation>
    </message>
    <message>
        <source>window must hold three sizes (x, y, z)</source>
        <translation>window 必須包含三個尺寸 (x, y, z)</translation>
    </message>
    <message>
        <source>window sizes must be at least 8</source>
        <translation>window 尺寸至少為 8</translation>
    </message>
    <message>
        <source>overlap must be in [0, 0.95)</source>
        <translation>overlap 必須介於 [0, 0.95)</translation>
    </message>
    <message>
        <source>output.activation must be sigmoid or softmax</source>
        <translation>output.activation 必須是 sigmoid 或 softmax</translation>
    </message>
    <message>
        <source>unknown output channel &quot;%1&quot;</source>
        <translation>未知的輸出通道「%1」</translation>
    </message>
    <message>
        <source>output.channels is empty</source>
        <translation>output.channels 是空的</translation>
    </message>
    <message>
        <source>the model has no heart channel</source>
        <translation>模型沒有心臟通道</translation>
    </message>
    <message>
        <source>the model file cannot be read</source>
        <translation>無法讀取模型檔</translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 (%1) differs from its model card&apos;s (%2): wrong or damaged model file</source>
        <translation>檔案的 SHA-256（%1）與模型卡所載（%2）不同：模型檔錯誤或已損壞</translation>
    </message>
</context>
<context>
    <name>heaorta::ModelSegmenter</name>
    <message>
        <source>%1 %2 (model on %3)</source>
        <translation>%1 %2（模型執行於 %3）</translation>
    </message>
    <message>
        <source>The model card says this model is untrained (%1): its masks are meaningless.</source>
        <translation>模型卡表示此模型未經訓練（%1）：其遮罩沒有意義。</translation>
    </message>
    <message>
        <source>Cleaning the masks</source>
        <translation>整理遮罩</translation>
    </message>
    <message>
        <source>Removing bone</source>
        <translation>移除骨骼</translation>
    </message>
    <message>
        <source>Contrast-enhanced CT detected (%1 % of the mediastinum above 150 HU): calcium scoring is defined for non-contrast CT.</source>
        <translation>偵測到顯影劑增強 CT（縱膈腔有 %1 % 高於 150 HU）：鈣化積分僅適用於非顯影 CT。</translation>
    </message>
    <message>
        <source>Segmentation finished</source>
        <translation>分割完成</translation>
    </message>
</context>
<context>
    <name>heaorta::NiftiHeaderCheck</name>
    <message>
        <source>%1: too short for a NIfTI header (%2 bytes)</source>
        <translation>%1：檔案太短，不足以容納 NIfTI 檔頭（%2 位元組）</translation>
    </message>
    <message>
        <source>%1: a CIFTI file (brain surface and grayordinate data), not a CT volume</source>
        <translation>%1：這是 CIFTI 檔案（腦表面與灰質座標資料），不是 CT 體積</translation>
    </message>
    <message>
        <source>%1: a NIfTI-2 file, which this version cannot read; save the volume as NIfTI-1</source>
        <translation>%1：這是 NIfTI-2 檔案，此版本無法讀取；請將體積另存為 NIfTI-1</translation>
    </message>
    <message>
        <source>%1: not a NIfTI file (the header size is %2, not 348)</source>
        <translation>%1：不是 NIfTI 檔案（檔頭大小為 %2，而非 348）</translation>
    </message>
    <message>
        <source>%1: the header declares %2 dimensions (1 to 7 are possible)</source>
        <translation>%1：檔頭宣告 %2 個維度（僅可為 1 至 7）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n voxel(s) are not numbers (NaN) or infinite; a CT volume holds finite Hounsfield units</source>
        <translation>
            <numerusform>%1：有 %n 個體素不是數字（NaN）或為無限大；CT 體積應只含有限的 HU 值</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heaorta::PacsAssociation</name>
    <message>
        <source>preparing the connection</source>
        <translation>準備連線時</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 cannot be set up: %2.</source>
        <translation>無法建立與 %1 的安全（TLS）連線：%2。</translation>
    </message>
    <message>
        <source>OpenSSL could not be initialised</source>
        <translation>無法初始化 OpenSSL</translation>
    </message>
    <message>
        <source>the BCP 195 cipher suites are not available</source>
        <translation>BCP 195 加密套件無法使用</translation>
    </message>
    <message>
        <source>no CA certificate was given (--tls-ca) to check the PACS&apos;s certificate against</source>
        <translation>未提供用來驗證 PACS 憑證的 CA 憑證（--tls-ca）</translation>
    </message>
    <message>
        <source>the CA certificate %1 cannot be read (PEM expected)</source>
        <translation>無法讀取 CA 憑證 %1（應為 PEM）</translation>
    </message>
    <message>
        <source>the private key %1 cannot be read (PEM, unencrypted)</source>
        <translation>無法讀取私鑰 %1（應為未加密的 PEM）</translation>
    </message>
    <message>
        <source>the certificate %1 cannot be read (PEM expected)</source>
        <translation>無法讀取憑證 %1（應為 PEM）</translation>
    </message>
    <message>
        <source>the private key does not belong to the certificate</source>
        <translation>私鑰與憑證不相符</translation>
    </message>
    <message>
        <source>opening the association</source>
        <translation>建立關聯時</translation>
    </message>
    <message>
        <source>The PACS %1 does not accept %2.</source>
        <translation>PACS %1 不接受 %2。</translation>
    </message>
    <message>
        <source>The PACS %1 did not answer within %2 s while %3 (%4).</source>
        <translation>PACS %1 在%3時 %2 秒內沒有回應（%4）。</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed while %2: %3. Check that the PACS speaks TLS on this port and that its certificate chains to the CA given.</source>
        <translation>與 %1 的安全（TLS）連線在%2時失敗：%3。請確認 PACS 在此連接埠使用 TLS，且其憑證可追溯至所提供的 CA。</translation>
    </message>
    <message>
        <source>The PACS %1 refused the association: check that its AE title is %2 and that our AE title %3 is registered there.</source>
        <translation>PACS %1 拒絕了關聯：請確認其 AE 名稱為 %2，且本機 AE 名稱 %3 已在該處登錄。</translation>
    </message>
    <message>
        <source>The PACS %1 accepted the association but none of the services needed for %2.</source>
        <translation>PACS %1 接受了關聯，但不支援%2所需的任何服務。</translation>
    </message>
    <message>
        <source>Cannot reach the PACS %1: nothing answers DICOM at %2 port %3 (is it running, are host and port right?). %4</source>
        <translation>無法連上 PACS %1：%2 連接埠 %3 沒有 DICOM 服務回應（是否已啟動？主機與連接埠是否正確？）。%4</translation>
    </message>
    <message>
        <source>The connection to the PACS %1 broke while %2: %3.</source>
        <translation>與 PACS %1 的連線在%2時中斷：%3。</translation>
    </message>
    <message>
        <source>The PACS %1 answered %2 with a failure (status 0x%3): it may not allow this for our AE title %4.</source>
        <translation>PACS %1 對%2回覆失敗（狀態 0x%3）：可能不允許本機 AE 名稱 %4 執行此操作。</translation>
    </message>
    <message>
        <source>The PACS %1 closed the secure (TLS) connection while %2 (%3): it may require a certificate of ours, or not trust the one we sent.</source>
        <translation>PACS %1 在%2時關閉了安全（TLS）連線（%3）：它可能要求本機提供憑證，或不信任本機送出的憑證。</translation>
    </message>
</context>
<context>
    <name>heaorta::PacsBrowser</name>
    <message>
        <source>&amp;Search</source>
        <translation>搜尋(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Retrieve and Open</source>
        <translation>擷取並開啟(&amp;R)</translation>
    </message>
    <message>
        <source>Query/Retrieve from PACS</source>
        <translation>從 PACS 查詢/擷取</translation>
    </message>
    <message>
        <source>DICOM wildcards: * and ?</source>
        <translation>DICOM 萬用字元：* 與 ?</translation>
    </message>
    <message>
        <source>YYYYMMDD, YYYYMMDD-YYYYMMDD, -YYYYMMDD</source>
        <translation>YYYYMMDD、YYYYMMDD-YYYYMMDD、-YYYYMMDD</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>病人</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>病歷號</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>檢查日期</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>檢查單號</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>影像類別</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>影像數</translation>
    </message>
    <message>
        <source>&amp;Nodes...</source>
        <translation>節點(&amp;N)...</translation>
    </message>
    <message>
        <source>PACS:</source>
        <translation>PACS：</translation>
    </message>
    <message>
        <source>Patient ID:</source>
        <translation>病歷號：</translation>
    </message>
    <message>
        <source>Patient name:</source>
        <translation>病人姓名：</translation>
    </message>
    <message>
        <source>Study date:</source>
        <translation>檢查日期：</translation>
    </message>
    <message>
        <source>Modality:</source>
        <translation>影像類別：</translation>
    </message>
    <message>
        <source>No PACS is configured yet: add one with Nodes...</source>
        <translation>尚未設定任何 PACS：請用「節點...」新增。</translation>
    </message>
    <message>
        <source>Searching %1...</source>
        <translation>正在搜尋 %1...</translation>
    </message>
    <message numerus="yes">
        <source>%n study(s) found.</source>
        <translation>
            <numerusform>找到 %n 筆檢查。</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrieving the study from %1...</source>
        <translation>正在從 %1 擷取檢查...</translation>
    </message>
    <message>
        <source>Retrieving from %1</source>
        <translation>正在從 %1 擷取</translation>
    </message>
    <message numerus="yes">
        <source>Retrieved %n image(s) into %1.</source>
        <translation>
            <numerusform>已擷取 %n 張影像至 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heaorta::PacsClient</name>
    <message>
        <source>the date &quot;%1&quot; is not YYYYMMDD, YYYYMMDD-YYYYMMDD, YYYYMMDD- or -YYYYMMDD</source>
        <translation>日期「%1」不是 YYYYMMDD、YYYYMMDD-YYYYMMDD、YYYYMMDD- 或 -YYYYMMDD</translation>
    </message>
    <message>
        <source>a series query needs the study&apos;s UID (--study)</source>
        <translation>序列查詢需要檢查的 UID（--study）</translation>
    </message>
    <message>
        <source>echoing</source>
        <translation>測試連線時</translation>
    </message>
    <message>
        <source>Cannot query: %1.</source>
        <translation>無法查詢：%1。</translation>
    </message>
    <message>
        <source>querying</source>
        <translation>查詢時</translation>
    </message>
    <message>
        <source>the query</source>
        <translation>查詢</translation>
    </message>
    <message>
        <source>%1: not a DICOM file we can send (%2)</source>
        <translation>%1：不是可傳送的 DICOM 檔案（%2）</translation>
    </message>
    <message>
        <source>Sending was cancelled after %1 of %2 files.</source>
        <translation>已傳送 %2 個檔案中的 %1 個後取消傳送。</translation>
    </message>
    <message>
        <source>Sending to %1</source>
        <translation>正在傳送至 %1</translation>
    </message>
    <message>
        <source>%1: the PACS does not accept %2</source>
        <translation>%1：PACS 不接受 %2</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>傳送時</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the PACS refused it (status 0x%2)</source>
        <translation>%1：PACS 拒絕接收（狀態 0x%2）</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已傳送</translation>
    </message>
    <message>
        <source>Retrieving from %1</source>
        <translation>正在從 %1 取回</translation>
    </message>
    <message>
        <source>The retrieve was cancelled after %1 instance(s); nothing was kept.</source>
        <translation>取回 %1 個影像物件後已取消；未保留任何資料。</translation>
    </message>
    <message>
        <source>The retrieved study could not be written (%1); nothing was kept.</source>
        <translation>無法寫入取回的檢查（%1）；未保留任何資料。</translation>
    </message>
    <message>
        <source>retrieving</source>
        <translation>取回時</translation>
    </message>
    <message>
        <source>The PACS %1 sent %2 instance(s) but %3 failed (status 0x%4); the partial study was removed.</source>
        <translation>PACS %1 傳送了 %2 個影像物件，但有 %3 個失敗（狀態 0x%4）；不完整的檢查已刪除。</translation>
    </message>
    <message>
        <source>the retrieve</source>
        <translation>取回</translation>
    </message>
    <message>
        <source>The PACS %1 has no images for the study %2.</source>
        <translation>PACS %1 沒有檢查 %2 的影像。</translation>
    </message>
    <message>
        <source>%1 of %2 files were sent before the connection failed.</source>
        <translation>連線失敗前已傳送 %2 個檔案中的 %1 個。</translation>
    </message>
    <message>
        <source>The transfer stopped after %1 instance(s); the partial study was removed.</source>
        <translation>傳輸在 %1 個影像物件後中止；不完整的檢查已刪除。</translation>
    </message>
    <message>
        <source>The partial study was removed.</source>
        <translation>已移除不完整的檢查。</translation>
    </message>
    <message>
        <source>Files sent before it stopped stay on the PACS.</source>
        <translation>停止前已傳送的檔案仍保留在 PACS 上。</translation>
    </message>
</context>
<context>
    <name>heaorta::PacsNode</name>
    <message>
        <source>the AE title is empty</source>
        <translation>AE 名稱是空的</translation>
    </message>
    <message>
        <source>the AE title &quot;%1&quot; is longer than 16 characters</source>
        <translation>AE 名稱「%1」超過 16 個字元</translation>
    </message>
    <message>
        <source>the AE title &quot;%1&quot; has a character DICOM does not allow (control, backslash or non-ASCII)</source>
        <translation>AE 名稱「%1」含有 DICOM 不允許的字元（控制字元、反斜線或非 ASCII）</translation>
    </message>
    <message>
        <source>The PACS node &quot;%1&quot; is not AET@HOST:PORT: %2.</source>
        <translation>PACS 節點「%1」不是 AET@HOST:PORT 格式：%2。</translation>
    </message>
    <message>
        <source>expected an AE title, &apos;@&apos;, a host, &apos;:&apos; and a port</source>
        <translation>應為 AE 名稱、&apos;@&apos;、主機、&apos;:&apos; 與連接埠</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>連接埠必須是 1 到 65535 的數字</translation>
    </message>
</context>
<context>
    <name>heaorta::PacsNodesDialog</name>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM 檔案 (*.pem *.crt *.key);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>DICOM over TLS</source>
        <translation>DICOM over TLS（加密連線）</translation>
    </message>
    <message>
        <source>Retrieve with C-MOVE (for a PACS without C-GET)</source>
        <translation>以 C-MOVE 擷取（用於不支援 C-GET 的 PACS）</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>測試連線(&amp;T)</translation>
    </message>
    <message>
        <source>PACS Nodes</source>
        <translation>PACS 節點</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>PEM file the PACS&apos;s certificate chains to</source>
        <translation>PACS 憑證所追溯的 PEM 檔案</translation>
    </message>
    <message>
        <source>PEM file, when the PACS asks for ours</source>
        <translation>PEM 檔案，供 PACS 要求本機憑證時使用</translation>
    </message>
    <message>
        <source>PEM file of that certificate&apos;s key</source>
        <translation>該憑證私密金鑰的 PEM 檔案</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>PACS node</source>
        <translation>PACS 節點</translation>
    </message>
    <message>
        <source>AE title:</source>
        <translation>AE 名稱：</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主機：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>連接埠：</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA 憑證：</translation>
    </message>
    <message>
        <source>Our certificate:</source>
        <translation>本機憑證：</translation>
    </message>
    <message>
        <source>Our private key:</source>
        <translation>本機私密金鑰：</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>Our AE title:</source>
        <translation>本機 AE 名稱：</translation>
    </message>
    <message>
        <source>Time-out:</source>
        <translation>逾時：</translation>
    </message>
    <message>
        <source>Retrieved studies go to:</source>
        <translation>擷取的檢查存放於：</translation>
    </message>
    <message>
        <source>Our storage port for C-MOVE:</source>
        <translation>本機 C-MOVE 接收連接埠：</translation>
    </message>
    <message>
        <source>%1 (TLS)</source>
        <translation>%1（TLS）</translation>
    </message>
    <message>
        <source>Our AE title: %1.</source>
        <translation>本機 AE 名稱：%1。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>%1: the host is empty.</source>
        <translation>%1：未填主機。</translation>
    </message>
    <message>
        <source>%1: a certificate of ours needs its private key, and a key its certificate.</source>
        <translation>%1：本機憑證需要搭配其私密金鑰，私密金鑰也需要搭配其憑證。</translation>
    </message>
    <message>
        <source>Say where retrieved studies go.</source>
        <translation>請指定擷取的檢查存放位置。</translation>
    </message>
    <message>
        <source>Asking %1 for a C-ECHO...</source>
        <translation>正在向 %1 發送 C-ECHO...</translation>
    </message>
    <message>
        <source>%1 answered the C-ECHO in %2 ms.</source>
        <translation>%1 於 %2 毫秒內回應了 C-ECHO。</translation>
    </message>
</context>
<context>
    <name>heaorta::PacsSendDialog</name>
    <message>
        <source>Masks as DICOM SEG</source>
        <translation>遮罩（DICOM SEG）</translation>
    </message>
    <message>
        <source>Results as DICOM SR</source>
        <translation>結果（DICOM SR）</translation>
    </message>
    <message>
        <source>Report as DICOM PDF</source>
        <translation>報告（DICOM PDF）</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>傳送(&amp;S)</translation>
    </message>
    <message>
        <source>Send to PACS</source>
        <translation>傳送至 PACS</translation>
    </message>
    <message>
        <source>empty: not signed</source>
        <translation>空白：未簽署</translation>
    </message>
    <message>
        <source>PACS:</source>
        <translation>PACS：</translation>
    </message>
    <message>
        <source>Reader who signs:</source>
        <translation>簽署的判讀醫師：</translation>
    </message>
    <message>
        <source>Only a study loaded from DICOM can be sent: the objects refer to its images.</source>
        <translation>只有從 DICOM 載入的檢查可以傳送：這些物件須參照其影像。</translation>
    </message>
    <message>
        <source>No PACS is configured yet: add one under File &gt; PACS Nodes.</source>
        <translation>尚未設定任何 PACS：請在「檔案 &gt; PACS 節點」中新增。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>無法建立暫存資料夾：%1</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>未傳送任何物件：%1</translation>
    </message>
    <message>
        <source>Choose what to send.</source>
        <translation>請選擇要傳送的內容。</translation>
    </message>
    <message>
        <source>Sending to %1...</source>
        <translation>正在傳送至 %1...</translation>
    </message>
    <message>
        <source>Sending to %1</source>
        <translation>正在傳送至 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n object(s) stored on %2.</source>
        <translation>
            <numerusform>已將 %n 個物件中的 %1 個存入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未傳送：%1</translation>
    </message>
</context>
<context>
    <name>heaorta::PacsStorageReceiver</name>
    <message>
        <source>Cannot listen on port %1 for the PACS to send the study to (C-MOVE): %2. Choose another port with --local-port, or use C-GET.</source>
        <translation>無法在連接埠 %1 接收 PACS 傳送的檢查（C-MOVE）：%2。請用 --local-port 選擇其他連接埠，或改用 C-GET。</translation>
    </message>
</context>
<context>
    <name>heaorta::QuantSettings</name>
    <message>
        <source>The calcium threshold must be between 50 and 600 HU.</source>
        <translation>鈣化閾值必須介於 50 至 600 HU。</translation>
    </message>
    <message>
        <source>The minimum lesion area must be between 0 and 20 mm².</source>
        <translation>最小病灶面積必須介於 0 至 20 mm²。</translation>
    </message>
    <message>
        <source>The minimum lesion size must be between 0 and 100 pixels.</source>
        <translation>最小病灶大小必須介於 0 至 100 像素。</translation>
    </message>
    <message>
        <source>Connectivity must be 4 or 8.</source>
        <translation>連通性必須為 4 或 8。</translation>
    </message>
    <message>
        <source>The reference slice thickness must be positive.</source>
        <translation>參考切片厚度必須為正值。</translation>
    </message>
    <message>
        <source>The fat window must be an interval within -1000..100 HU.</source>
        <translation>脂肪窗必須是 -1000..100 HU 之內的區間。</translation>
    </message>
    <message>
        <source>The mass calibration factor must be between 0 and 0.01 mg/(HU·mm³).</source>
        <translation>質量校正係數必須介於 0 至 0.01 mg/(HU·mm³)。</translation>
    </message>
    <message>
        <source>kVp threshold entries must lie within 60-160 kVp and 50-600 HU.</source>
        <translation>kVp 閾值表的項目必須在 60–160 kVp 與 50–600 HU 之內。</translation>
    </message>
</context>
<context>
    <name>heaorta::QuantificationEngine</name>
    <message>
        <source>The label map is not on the CT grid; align it first.</source>
        <translation>標籤圖不在 CT 網格上；請先對齊。</translation>
    </message>
    <message>
        <source>The tube voltage (kVp) is not recorded; the %1 HU threshold assumes 120 kVp.</source>
        <translation>未記錄管電壓（kVp）；%1 HU 閾值假設為 120 kVp。</translation>
    </message>
    <message>
        <source>Scanned at %1 kVp, not 120 kVp: calcium HU differ and the score is not standard (threshold %2 HU).</source>
        <translation>以 %1 kVp 掃描而非 120 kVp：鈣化的 HU 值不同，此分數非標準值（閾值 %2 HU）。</translation>
    </message>
    <message>
        <source>The slice thickness is not recorded.</source>
        <translation>未記錄切片厚度。</translation>
    </message>
    <message>
        <source>Slices are %1 mm thick (standard: 3 mm); small calcifications may be missed and the score underestimated.</source>
        <translation>切片厚度為 %1 mm（標準：3 mm）；可能漏掉小鈣化點，分數可能被低估。</translation>
    </message>
    <message>
        <source>A contrast agent is recorded (%1): calcium scoring is defined for non-contrast CT.</source>
        <translation>記錄有使用顯影劑（%1）：鈣化分數的定義是針對無顯影劑的 CT。</translation>
    </message>
    <message>
        <source>The blood in the heart measures %1 HU on average: contrast-enhanced CT is likely and the calcium score is not valid.</source>
        <translation>心臟內血液平均為 %1 HU：很可能是顯影增強 CT，鈣化分數無效。</translation>
    </message>
    <message>
        <source>The ascending or descending aorta label is missing: its calcium was not computed.</source>
        <translation>缺少升主動脈或降主動脈標籤：未計算其鈣化。</translation>
    </message>
    <message numerus="yes">
        <source>%n coronary lesion(s) are not assigned to an artery; per-artery totals and the vessel count are incomplete.</source>
        <translation>
            <numerusform>有 %n 個冠狀動脈病灶尚未指定所屬動脈；各動脈小計與血管數不完整。</numerusform>
        </translation>
    </message>
    <message>
        <source>The slices are not axial; the Agatston method is defined on axial slices.</source>
        <translation>切片不是軸狀面；Agatston 方法是以軸狀切片定義的。</translation>
    </message>
    <message numerus="yes">
        <source>The reader excluded %n calcified voxel(s) from scoring (valve, stent or noise).</source>
        <translation>
            <numerusform>判讀者已將 %n 個鈣化體素排除於計分之外（瓣膜、支架或雜訊）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heaorta::RegularFile</name>
    <message>
        <source>%1: not a regular file (a pipe, socket or device): nothing is read from it</source>
        <translation>%1：不是一般檔案（管道、通訊端或裝置）：不會從中讀取任何內容</translation>
    </message>
</context>
<context>
    <name>heaorta::ReportActions</name>
    <message>
        <source>&amp;Report...</source>
        <translation>報告(&amp;R)...</translation>
    </message>
    <message>
        <source>Save Report as P&amp;DF...</source>
        <translation>報告另存為 P&amp;DF...</translation>
    </message>
    <message>
        <source>Sign the Report</source>
        <translation>簽署報告</translation>
    </message>
    <message>
        <source>Reader who signs this report (empty: not signed):</source>
        <translation>簽署此報告的判讀者（留空：不簽署）：</translation>
    </message>
    <message>
        <source>Report Preview</source>
        <translation>報告預覽</translation>
    </message>
    <message>
        <source>Save Report as PDF</source>
        <translation>報告另存為 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report Not Saved</source>
        <translation>報告未儲存</translation>
    </message>
</context>
<context>
    <name>heaorta::ReportDocument</name>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>above 250 mL, where risk starts to rise</source>
        <translation>高於 250 mL，風險開始上升</translation>
    </message>
    <message>
        <source>above the population mean; some studies use 125 mL as a cut-off</source>
        <translation>高於族群平均值；部分研究以 125 mL 為切點</translation>
    </message>
    <message>
        <source>within the usual range</source>
        <translation>在一般範圍內</translation>
    </message>
    <message>
        <source>Reference: population mean about 100 mL; risk rises above about 250 mL. This value: %1.</source>
        <translation>參考值：族群平均約 100 mL；高於約 250 mL 風險上升。本次數值：%1。</translation>
    </message>
    <message>
        <source>Coronary calcium and heart CT report</source>
        <translation>冠狀動脈鈣化與心臟電腦斷層報告</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>病人</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>病歷號</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Sex / age</source>
        <translation>性別／年齡</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>檢查單號</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>掃描儀</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Tube voltage</source>
        <translation>管電壓</translation>
    </message>
    <message>
        <source>%1 kVp</source>
        <translation>%1 kVp</translation>
    </message>
    <message>
        <source>Slice thickness / increment</source>
        <translation>切片厚度／間距</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>重建核</translation>
    </message>
    <message>
        <source>Heart attack and stroke risk from coronary calcium</source>
        <translation>由冠狀動脈鈣化評估心肌梗塞與中風風險</translation>
    </message>
    <message>
        <source>People with this coronary calcium score have %1 (heart attack, stroke or cardiac death). %2</source>
        <translation>具有此冠狀動脈鈣化分數的人，%1（心肌梗塞、中風或心因性死亡）。%2</translation>
    </message>
    <message>
        <source>Coronary artery calcium</source>
        <translation>冠狀動脈鈣化</translation>
    </message>
    <message>
        <source>Agatston score</source>
        <translation>Agatston 分數</translation>
    </message>
    <message>
        <source>Volume score</source>
        <translation>體積分數</translation>
    </message>
    <message>
        <source>%1 mm³</source>
        <translation>%1 mm³</translation>
    </message>
    <message>
        <source>Mass score</source>
        <translation>質量分數</translation>
    </message>
    <message>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
    <message>
        <source>Per artery</source>
        <translation>各分支</translation>
    </message>
    <message>
        <source>Lesions</source>
        <translation>病灶</translation>
    </message>
    <message numerus="yes">
        <source>%n calcified lesion(s); vessels with calcium: %1</source>
        <translation>
            <numerusform>%n 個鈣化病灶；有鈣化的血管數：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>CAC-DRS</source>
        <translation>CAC-DRS</translation>
    </message>
    <message>
        <source>Left main</source>
        <translation>左主幹</translation>
    </message>
    <message>
        <source>calcified (left main involvement)</source>
        <translation>有鈣化（侵犯左主幹）</translation>
    </message>
    <message>
        <source>no calcium assigned to the left main</source>
        <translation>左主幹未指定鈣化</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>註記</translation>
    </message>
    <message>
        <source>Score over 1000: extensive coronary calcification.</source>
        <translation>分數超過 1000：廣泛冠狀動脈鈣化。</translation>
    </message>
    <message>
        <source>Age/sex percentile</source>
        <translation>年齡／性別百分位</translation>
    </message>
    <message>
        <source>Chinese-American participants are the reference group for Taiwanese patients. Lead with the score itself: it predicts events better than the percentile.</source>
        <translation>華裔美籍受試者為台灣病人的參考族群。應以分數本身為主：它比百分位更能預測事件。</translation>
    </message>
    <message>
        <source>Aortic calcium and pericardial fat</source>
        <translation>主動脈鈣化與心包膜脂肪</translation>
    </message>
    <message>
        <source>Aortic calcium (Agatston)</source>
        <translation>主動脈鈣化（Agatston）</translation>
    </message>
    <message>
        <source>Pericardial fat</source>
        <translation>心包膜脂肪</translation>
    </message>
    <message>
        <source>Key images</source>
        <translation>關鍵影像</translation>
    </message>
    <message>
        <source>3D view of the masks and calcium.</source>
        <translation>遮罩與鈣化的 3D 視圖。</translation>
    </message>
    <message>
        <source>No calcified lesion: no key image.</source>
        <translation>無鈣化病灶：無關鍵影像。</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Masks</source>
        <translation>遮罩</translation>
    </message>
    <message>
        <source>from a label file</source>
        <translation>來自標籤檔</translation>
    </message>
    <message>
        <source>Reader edits</source>
        <translation>判讀者修正</translation>
    </message>
    <message>
        <source>none: the masks are as the machine made them</source>
        <translation>無：遮罩維持機器產生的結果</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>注意事項</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>簽署</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>判讀者</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>未簽署</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>簽署時間</translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <translation>%1（無效）</translation>
    </message>
    <message>
        <source>This report was produced by software from a CT scan; no reader has signed it.</source>
        <translation>本報告由軟體依電腦斷層影像產生，尚未經判讀者簽署。</translation>
    </message>
    <message>
        <source>This report was produced by software from a CT scan and checked by the reader named above.</source>
        <translation>本報告由軟體依電腦斷層影像產生，並經上列判讀者檢視。</translation>
    </message>
    <message>
        <source>It supports and does not replace a physician&apos;s judgement. The calcium score is defined for non-contrast CT at 120 kVp; on non-gated or thick-slice chest CT it may underestimate the calcium. The age/sex percentile is approximate; the absolute score predicts events better. Source of the percentile: %1</source>
        <translation>它輔助而不取代醫師的判斷。鈣化分數定義於 120 kVp 非顯影劑電腦斷層；在非心電圖同步或厚切片胸部電腦斷層上可能低估鈣化。年齡／性別百分位為近似值；絕對分數更能預測事件。百分位來源：%1</translation>
    </message>
</context>
<context>
    <name>heaorta::ReportWriter</name>
    <message>
        <source>Coronary calcium report</source>
        <translation>冠狀動脈鈣化報告</translation>
    </message>
    <message>
        <source>Coronary calcium report: %1</source>
        <translation>冠狀動脈鈣化報告：%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
</context>
<context>
    <name>heaorta::ResultPresenter</name>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Ascending aorta</source>
        <translation>升主動脈</translation>
    </message>
    <message>
        <source>Descending aorta</source>
        <translation>降主動脈</translation>
    </message>
    <message>
        <source>Coronary</source>
        <translation>冠狀動脈</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>未計算</translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <translation>%1（無效）</translation>
    </message>
    <message>
        <source>No heart label: no score, no risk tier.</source>
        <translation>沒有心臟標記：沒有分數，也沒有風險等級。</translation>
    </message>
    <message>
        <source>No risk verdict: the segmentation failed (see the cautions).</source>
        <translation>不給風險判定：分割失敗（見注意事項）。</translation>
    </message>
    <message>
        <source>No risk verdict: this score is not valid (see the cautions).</source>
        <translation>不給風險判定：此分數無效（見注意事項）。</translation>
    </message>
    <message>
        <source>%1 risk (CAC %2): %3</source>
        <translation>%1風險（CAC %2）：%3</translation>
    </message>
    <message>
        <source> · CAC-DRS %1</source>
        <translation> · CAC-DRS %1</translation>
    </message>
    <message>
        <source>Ascending %1 · descending %2 · total %3</source>
        <translation>升主動脈 %1 · 降主動脈 %2 · 合計 %3</translation>
    </message>
    <message>
        <source>%1 mL (mean %2 HU) · heart %3 mL</source>
        <translation>%1 mL（平均 %2 HU）· 心臟 %3 mL</translation>
    </message>
    <message>
        <source>Threshold %1 HU (applied %2 HU), minimum area %3 mm² (inclusive), %4-connected in-slice, x slice increment %5 mm / %6 mm = %7, fat %8..%9 HU, mass factor %10 mg/(HU·mm³)</source>
        <translation>閾值 %1 HU（實際使用 %2 HU），最小面積 %3 mm²（含），切面內 %4 連通，乘以切片間距 %5 mm / %6 mm = %7，脂肪 %8..%9 HU，質量係數 %10 mg/(HU·mm³)</translation>
    </message>
    <message>
        <source>Lesion %1: %2, slices %3, Agatston %4</source>
        <translation>病灶 %1：%2，切片 %3，Agatston %4</translation>
    </message>
    <message>
        <source>cardiovascular events %1</source>
        <translation>心血管事件 %1</translation>
    </message>
    <message numerus="yes">
        <source>Volume %1 mm³ · mass %2 mg · %n calcified lesion(s) (%3 in-slice) · vessels with calcium: %4</source>
        <translation>
            <numerusform>體積 %1 mm³ · 質量 %2 mg · %n 個鈣化病灶（%3 個切面內病灶）· 有鈣化的血管：%4 條</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heaorta::ResultsPanel</name>
    <message>
        <source>No masks yet: press Segment, or open a label map, to see the scores.</source>
        <translation>尚無遮罩：請按「分割」或開啟標籤圖以查看分數。</translation>
    </message>
    <message>
        <source>Artery</source>
        <translation>動脈</translation>
    </message>
    <message>
        <source>Agatston</source>
        <translation>Agatston</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>切片</translation>
    </message>
    <message>
        <source>Area mm²</source>
        <translation>面積 mm²</translation>
    </message>
    <message>
        <source>Peak HU</source>
        <translation>最高 HU</translation>
    </message>
    <message>
        <source>Coronary artery calcium (Agatston)</source>
        <translation>冠狀動脈鈣化（Agatston）</translation>
    </message>
    <message>
        <source>Aortic calcium (Agatston)</source>
        <translation>主動脈鈣化（Agatston）</translation>
    </message>
    <message>
        <source>Pericardial fat</source>
        <translation>心包膜脂肪</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>注意事項</translation>
    </message>
    <message>
        <source>Lesions</source>
        <translation>病灶</translation>
    </message>
</context>
<context>
    <name>heaorta::RetrievedStudyFolder</name>
    <message>
        <source>Cannot create the folder %1 for the retrieved study: %2.</source>
        <translation>無法為取回的檢查建立資料夾 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot move the retrieved study into %1: %2.</source>
        <translation>無法將取回的檢查移至 %1：%2。</translation>
    </message>
</context>
<context>
    <name>heaorta::RiskAssessment</name>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Borderline</source>
        <translation>邊緣</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>極高</translation>
    </message>
    <message>
        <source>&lt; 0.5 % per year</source>
        <translation>每年 &lt; 0.5 %</translation>
    </message>
    <message>
        <source>0.5 to &lt; 0.75 % per year</source>
        <translation>每年 0.5 至 &lt; 0.75 %</translation>
    </message>
    <message>
        <source>0.75 to &lt; 2 % per year</source>
        <translation>每年 0.75 至 &lt; 2 %</translation>
    </message>
    <message>
        <source>≥ 2 % per year</source>
        <translation>每年 ≥ 2 %</translation>
    </message>
    <message>
        <source>≥ 3 % per year</source>
        <translation>每年 ≥ 3 %</translation>
    </message>
    <message>
        <source>Keep a healthy lifestyle.</source>
        <translation>維持健康的生活型態。</translation>
    </message>
    <message>
        <source>Monitor blood pressure, lipids and glucose regularly.</source>
        <translation>定期追蹤血壓、血脂與血糖。</translation>
    </message>
    <message>
        <source>Control blood pressure, lipids and glucose.</source>
        <translation>控制血壓、血脂與血糖。</translation>
    </message>
    <message>
        <source>Intensify risk-factor control.</source>
        <translation>加強危險因子控制。</translation>
    </message>
    <message>
        <source>Intensify risk-factor control and screen for cardiovascular disease.</source>
        <translation>加強危險因子控制，並接受心血管疾病篩檢。</translation>
    </message>
</context>
<context>
    <name>heaorta::SegmentationBanner</name>
    <message>
        <source>Masks made by: %1</source>
        <translation>遮罩產生者：%1</translation>
    </message>
    <message>
        <source>Segmentation failed: these masks are not a result, and no risk verdict is given. Correct or replace them.</source>
        <translation>分割失敗：這些遮罩不是可採信的結果，不給予風險判定。請修正或更換遮罩。</translation>
    </message>
</context>
<context>
    <name>heaorta::SegmentationCheck</name>
    <message>
        <source>No lungs were found (largest air area inside the body %1 cm²): this does not look like a chest CT.</source>
        <translation>找不到肺部（體內最大空氣面積 %1 cm²）：這看起來不是胸部 CT。</translation>
    </message>
    <message>
        <source>There is no heart label: coronary calcium and pericardial fat were not computed.</source>
        <translation>沒有心臟標籤：未計算冠狀動脈鈣化與心包脂肪。</translation>
    </message>
    <message>
        <source>The heart label measures %1 mL (expected %2-%3 mL): the segmentation failed.</source>
        <translation>心臟標籤為 %1 mL（預期 %2-%3 mL）：分割失敗。</translation>
    </message>
    <message>
        <source>The heart label&apos;s centre lies on slice %1, where there is little lung (%2 of %3 cm²): it is not between the lungs (for instance in the liver or stomach).</source>
        <translation>心臟標籤的中心位於第 %1 切面，該處肺部很少（%2 / %3 cm²）：它不在兩肺之間（例如落在肝臟或胃）。</translation>
    </message>
    <message>
        <source>Neither the ascending nor the descending aorta was found.</source>
        <translation>升主動脈與降主動脈皆未找到。</translation>
    </message>
</context>
<context>
    <name>heaorta::SegmenterFactory</name>
    <message>
        <source>The installed model was not used: %1</source>
        <translation>未使用已安裝的模型：%1</translation>
    </message>
</context>
<context>
    <name>heaorta::SliceStackPlanner</name>
    <message>
        <source>%1: no Image Position/Orientation (Patient), so the slice cannot be placed</source>
        <translation>%1：缺少 Image Position/Orientation (Patient)，無法定位此切片</translation>
    </message>
    <message>
        <source>%1 and %2 have different orientations: the series mixes image planes</source>
        <translation>%1 與 %2 方向不同：此序列混合了不同的影像平面</translation>
    </message>
    <message>
        <source>%1 is %2 x %3 pixels but %4 is %5 x %6: the series mixes image sizes</source>
        <translation>%1 為 %2 x %3 像素，但 %4 為 %5 x %6：此序列混合了不同的影像大小</translation>
    </message>
    <message>
        <source>%1 and %2 have different pixel spacings</source>
        <translation>%1 與 %2 的像素間距不同</translation>
    </message>
    <message>
        <source>%1: Pixel Spacing is missing or not positive</source>
        <translation>%1：缺少 Pixel Spacing 或其值不為正</translation>
    </message>
    <message>
        <source>%1: the row and column directions are not perpendicular</source>
        <translation>%1：列方向與行方向不垂直</translation>
    </message>
    <message>
        <source>The series has no images.</source>
        <translation>此序列沒有影像。</translation>
    </message>
    <message>
        <source>%1 and %2 are different images at the same position (%3 mm along the slice normal): the folder mixes acquisitions or reconstructions of one series</source>
        <translation>%1 與 %2 是位於同一位置（沿切片法線 %3 mm）的不同影像：此資料夾混合了同一序列的多次擷取或重建</translation>
    </message>
    <message>
        <source>%1 is a copy of %2 and was ignored</source>
        <translation>%1 是 %2 的副本，已忽略</translation>
    </message>
    <message numerus="yes">
        <source>The series has %n slice(s); a CT volume needs at least 3.</source>
        <translation>
            <numerusform>此序列只有 %n 張切片；CT 體積至少需要 3 張。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>between %1 and %2 (gap %3 mm, expected %4 mm; about %n slice(s) missing)</source>
        <translation>
            <numerusform>於 %1 與 %2 之間（間隔 %3 mm，預期 %4 mm；約缺少 %n 張切片）</numerusform>
        </translation>
    </message>
    <message>
        <source>Slices are missing %1. Load the complete series, or allow interpolation across gaps.</source>
        <translation>切片缺漏：%1。請載入完整序列，或允許在缺口處內插。</translation>
    </message>
    <message>
        <source>Slices missing %1 were interpolated.</source>
        <translation>缺漏的切片（%1）已以內插補上。</translation>
    </message>
    <message>
        <source>Slice spacing varies from %1 to %2 mm; the volume was resampled to %3 mm.</source>
        <translation>切片間距介於 %1 至 %2 mm 不等；體積已重新取樣為 %3 mm。</translation>
    </message>
    <message>
        <source>The series was acquired with a gantry tilt of %1 degrees; tilt correction is switched off.</source>
        <translation>此序列以 %1 度機架傾斜擷取；傾斜校正已關閉。</translation>
    </message>
    <message>
        <source>Gantry tilt of %1 degrees corrected by resampling the slices onto an orthogonal grid.</source>
        <translation>已將切片重新取樣至正交網格，校正 %1 度的機架傾斜。</translation>
    </message>
</context>
<context>
    <name>heaorta::StudyBrowser</name>
    <message>
        <source>Patient / study / series</source>
        <translation>病人 / 檢查 / 序列</translation>
    </message>
    <message>
        <source>ID / date / modality</source>
        <translation>ID / 日期 / 影像類型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>影像數</translation>
    </message>
    <message>
        <source>Slice thickness</source>
        <translation>切片厚度</translation>
    </message>
    <message>
        <source>Sex / accession / size</source>
        <translation>性別 / 檢查單號 / 尺寸</translation>
    </message>
    <message>
        <source>Open Folder...</source>
        <translation>開啟資料夾...</translation>
    </message>
    <message>
        <source>Open a folder to list its DICOM studies.</source>
        <translation>開啟資料夾以列出其中的 DICOM 檢查。</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>Series %1</source>
        <translation>序列 %1</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>Not CT: it can be listed but not scored.</source>
        <translation>不是 CT：可以列出，但無法計分。</translation>
    </message>
    <message>
        <source>%1: %2 series in %3 file(s), %4 skipped (double-click a series to open it)</source>
        <translation>%1：%3 個檔案中有 %2 個序列，略過 %4 個（雙擊序列即可開啟）</translation>
    </message>
</context>
<context>
    <name>heaorta::StudyExports</name>
    <message>
        <source>There are no masks to export.</source>
        <translation>沒有可匯出的遮罩。</translation>
    </message>
    <message>
        <source>There are no results to export.</source>
        <translation>沒有可匯出的結果。</translation>
    </message>
</context>
<context>
    <name>heaorta::StudyLoader</name>
    <message>
        <source>%1: no series with UID %2</source>
        <translation>%1：找不到 UID 為 %2 的序列</translation>
    </message>
    <message>
        <source>%1: no DICOM images found</source>
        <translation>%1：找不到 DICOM 影像</translation>
    </message>
    <message>
        <source>%1: no CT series found (only other modalities)</source>
        <translation>%1：找不到 CT 序列（只有其他檢查類型）</translation>
    </message>
    <message numerus="yes">
        <source>(%n file(s) skipped; first: %1: %2)</source>
        <translation>
            <numerusform>（略過 %n 個檔案；第一個：%1：%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>Volume loaded</source>
        <translation>體積已載入</translation>
    </message>
</context>
<context>
    <name>heaorta::StudySession</name>
    <message>
        <source>%1 (restored after a crash)</source>
        <translation>%1（當機後還原）</translation>
    </message>
</context>
<context>
    <name>heaorta::TorchInference</name>
    <message>
        <source>CUDA was requested, but no CUDA device or CUDA LibTorch is available.</source>
        <translation>要求使用 CUDA，但沒有可用的 CUDA 裝置或 CUDA 版 LibTorch。</translation>
    </message>
    <message>
        <source>not a loadable TorchScript model (%1)</source>
        <translation>不是可載入的 TorchScript 模型（%1）</translation>
    </message>
    <message>
        <source>the model gives %1 output channels; its card lists %2</source>
        <translation>模型輸出 %1 個通道；模型卡列出 %2 個</translation>
    </message>
    <message>
        <source>CUDA GPU, half precision</source>
        <translation>CUDA GPU，半精度</translation>
    </message>
    <message numerus="yes">
        <source>CPU, %n thread(s)</source>
        <translation>
            <numerusform>CPU，%n 個執行緒</numerusform>
        </translation>
    </message>
    <message>
        <source>Running the model</source>
        <translation>執行模型</translation>
    </message>
    <message>
        <source>The model failed on a window: %1</source>
        <translation>模型在某個視窗上失敗：%1</translation>
    </message>
    <message>
        <source>The model&apos;s output does not match its card (channels or window size).</source>
        <translation>模型的輸出與模型卡不符（通道數或視窗大小）。</translation>
    </message>
    <message>
        <source>Model finished</source>
        <translation>模型完成</translation>
    </message>
    <message>
        <source>%1 is not a Heaorta inference plugin of this version</source>
        <translation>%1 不是此版本的 Heaorta 推論外掛</translation>
    </message>
    <message>
        <source>%1: the model runtime (LibTorch plugin) cannot be loaded: %2</source>
        <translation>%1：無法載入模型執行環境（LibTorch 外掛）：%2</translation>
    </message>
    <message>
        <source>LibTorch not loaded (%1)</source>
        <translation>LibTorch 未載入（%1）</translation>
    </message>
</context>
<context>
    <name>heaorta::VolumeFileIO</name>
    <message>
        <source>%1: unknown volume format (use .nii, .nii.gz, .nrrd, .nhdr, .mha or .mhd)</source>
        <translation>%1：未知的體積格式（請使用 .nii、.nii.gz、.nrrd、.nhdr、.mha 或 .mhd）</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1：無法寫入（%2）</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1：無法寫入</translation>
    </message>
    <message numerus="yes">
        <source>%n voxel(s) fell outside the 16-bit HU range and were clamped.</source>
        <translation>
            <numerusform>有 %n 個體素超出 16 位元 HU 範圍，已截斷至範圍內。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file&apos;s axes are not perpendicular (sheared grid).</source>
        <translation>檔案的座標軸互不垂直（歪斜網格）。</translation>
    </message>
    <message>
        <source>%1: not a label map (found the value %2; labels are whole numbers 0-255)</source>
        <translation>%1：不是標籤圖（發現數值 %2；標籤應為 0–255 的整數）</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：檔案不存在</translation>
    </message>
    <message>
        <source>%1: cannot be opened (permission denied)</source>
        <translation>%1：無法開啟（權限不足）</translation>
    </message>
    <message>
        <source>%1: each voxel holds %2 values (a vector or colour image), not one Hounsfield unit</source>
        <translation>%1：每個體素含 %2 個數值（向量或彩色影像），而非單一 HU 值</translation>
    </message>
    <message>
        <source>%1: the %2 header stopped its parser (%3)</source>
        <translation>%1：%2 檔頭使其解析器中止（%3）</translation>
    </message>
    <message>
        <source>%1: cannot be read as %2 (%3)</source>
        <translation>%1：無法以 %2 格式讀取（%3）</translation>
    </message>
    <message>
        <source>%1: the image is empty</source>
        <translation>%1：影像是空的</translation>
    </message>
    <message>
        <source>%1: the %2 reader stopped on this file (%3)</source>
        <translation>%1：%2 讀取器在此檔案上停止（%3）</translation>
    </message>
</context>
<context>
    <name>heaorta::VolumeLimits</name>
    <message>
        <source>%1: the header declares %2 million voxels; at most %3 million fit in memory as one CT volume</source>
        <translation>%1：檔頭宣告 %2 百萬個體素；單一 CT 體積最多只能容納 %3 百萬個</translation>
    </message>
    <message>
        <source>%1: dimension %2 has size %3: the image is empty</source>
        <translation>%1：第 %2 維的大小為 %3：影像是空的</translation>
    </message>
    <message>
        <source>%1: a %2-D image holding %3 volumes (a time series or vector image); a CT study is one 3-D volume</source>
        <translation>%1：這是含 %3 個體積的 %2 維影像（時間序列或向量影像）；CT 檢查應為單一 3 維體積</translation>
    </message>
    <message>
        <source>%1: the header declares no dimensions: it holds no image</source>
        <translation>%1：檔頭未宣告任何維度，其中沒有影像</translation>
    </message>
</context>
<context>
    <name>heaorta::VtkOpenGLWidget</name>
    <message>
        <source>This view cannot be drawn: OpenGL 3.2 is not available on this computer.</source>
        <translation>無法繪製此視圖：這台電腦沒有 OpenGL 3.2。</translation>
    </message>
</context>
<context>
    <name>heaorta::WindowPresets</name>
    <message>
        <source>Mediastinum</source>
        <translation>縱膈腔</translation>
    </message>
    <message>
        <source>Calcium</source>
        <translation>鈣化</translation>
    </message>
    <message>
        <source>Fat</source>
        <translation>脂肪</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>骨骼</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>肺</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
</context>
<context>
    <name>heaorta::Workstation</name>
    <message>
        <source>DICOM folder or volume file to open</source>
        <translation>要開啟的 DICOM 資料夾或體積檔</translation>
    </message>
    <message>
        <source>User interface language (en, zh_TW)</source>
        <translation>介面語言（en、zh_TW）</translation>
    </message>
    <message>
        <source>language</source>
        <translation>語言</translation>
    </message>
</context>
<context>
    <name>heaorta::cli::AnonymizeCommand</name>
    <message>
        <source>UIDs are replaced by keyed hashes: give the same --key file to map them the same way in a later run (keep it secret; without it, a new random key is used).</source>
        <translation>UID 以帶金鑰的雜湊取代：之後執行時提供相同的 --key 檔案即可得到相同的對應（請保密；未提供時使用新的隨機金鑰）。</translation>
    </message>
    <message>
        <source>New or empty folder for the de-identified files.</source>
        <translation>存放去識別化檔案的新資料夾或空資料夾。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>File whose bytes are the secret key of the UID and ID pseudonyms.</source>
        <translation>其內容作為 UID 與 ID 假名秘密金鑰的檔案。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>error: %1: cannot be read, or holds fewer than 16 bytes</source>
        <translation>錯誤：%1：無法讀取，或少於 16 位元組</translation>
    </message>
    <message>
        <source>  not written: %1: %2</source>
        <translation>  未寫出：%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n de-identified image(s) in %1</source>
        <translation>
            <numerusform>已將 %n 張影像去識別化，存於 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>錯誤：%1</translation>
    </message>
    <message>
        <source>Write de-identified DICOM (PS3.15 basic profile; UIDs remapped consistently).</source>
        <translation>寫出去識別化的 DICOM（PS3.15 基本規範；UID 一致地重新對應）。</translation>
    </message>
</context>
<context>
    <name>heaorta::cli::BatchCommand</name>
    <message>
        <source>[%1] %2/%3 %4 %5 (about %6 s left)</source>
        <translation>[%1] %2/%3 %4 %5（約剩 %6 秒）</translation>
    </message>
    <message>
        <source>Screen a cohort: segment and score every chest CT series into one CSV (resumable, sharded; &apos;batch merge&apos; joins shards).</source>
        <translation>篩檢整個族群：分割並計分每個胸部電腦斷層序列，寫入一個 CSV（可續跑、可分片；&apos;batch merge&apos; 合併分片）。</translation>
    </message>
    <message>
        <source>Join the CSV files of shards into one: one header, every series once, sorted.</source>
        <translation>將各分片的 CSV 合併為一個：一個標頭，每個序列一次，已排序。</translation>
    </message>
    <message>
        <source>The merged CSV.</source>
        <translation>合併後的 CSV。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n series into %1</source>
        <translation>
            <numerusform>已將 %n 個序列合併至 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>錯誤：%1</translation>
    </message>
    <message>
        <source>The results CSV (appended to; finished series are skipped).</source>
        <translation>結果 CSV（附加寫入；已完成的序列會略過）。</translation>
    </message>
    <message>
        <source>Work only on shard i of N (e.g. 2/8): deterministic, disjoint, covering.</source>
        <translation>只處理 N 個分片中的第 i 個（例如 2/8）：確定、不重疊、涵蓋全部。</translation>
    </message>
    <message>
        <source>i/N</source>
        <translation>i/N</translation>
    </message>
    <message>
        <source>--shard takes i/N, e.g. 2/8</source>
        <translation>--shard 須為 i/N，例如 2/8</translation>
    </message>
    <message>
        <source>The last row was cut off (power loss?) and was removed; that series runs again.</source>
        <translation>最後一列被截斷（斷電？）已移除；該序列會重新執行。</translation>
    </message>
    <message>
        <source>%1 series: %2 scored, %3 with a failed segmentation or no score, %4 errors, %5 already done; %6 series per hour</source>
        <translation>%1 個序列：%2 個已計分，%3 個分割失敗或無分數，%4 個錯誤，%5 個先前已完成；每小時 %6 個序列</translation>
    </message>
    <message numerus="yes">
        <source>%n series were not eligible (not CT, localizers, or fewer than 10 images).</source>
        <translation>
            <numerusform>%n 個序列不符資格（非 CT、定位像，或少於 10 張影像）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>結果：%1</translation>
    </message>
    <message>
        <source>Write keyed pseudonyms instead of UIDs and paths; the file&apos;s bytes are the secret key (the same key gives the same pseudonyms, so shards and reruns still join).</source>
        <translation>以帶金鑰的假名取代 UID 與路徑；檔案內容即秘密金鑰（相同金鑰產生相同假名，分片與重跑結果仍可合併）。</translation>
    </message>
    <message>
        <source>key-file</source>
        <translation>金鑰檔</translation>
    </message>
    <message>
        <source>%1: cannot be read, or holds fewer than 16 bytes (the pseudonyms&apos; key)</source>
        <translation>%1：無法讀取，或少於 16 位元組（假名金鑰）</translation>
    </message>
</context>
<context>
    <name>heaorta::cli::ConvertCommand</name>
    <message>
        <source>Convert a study to a NIfTI, NRRD or MetaImage volume.</source>
        <translation>將檢查轉換為 NIfTI、NRRD 或 MetaImage 體積。</translation>
    </message>
    <message>
        <source>Output volume (.nii.gz, .nii, .nrrd, .mha).</source>
        <translation>輸出體積（.nii.gz、.nii、.nrrd、.mha）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已寫入 %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>錯誤：%1</translation>
    </message>
</context>
<context>
    <name>heaorta::cli::ExportCommand</name>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>輸出檔案。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已寫入 %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>錯誤：%1</translation>
    </message>
    <message>
        <source>Export labels (DICOM SEG, NIfTI or NRRD with an ITK-SNAP label file, 3D Slicer) or the results (DICOM SR, the report as DICOM PDF).</source>
        <translation>匯出標籤（DICOM SEG、附 ITK-SNAP 標籤檔的 NIfTI 或 NRRD、3D Slicer）或結果（DICOM SR、DICOM PDF 格式的報告）。</translation>
    </message>
    <message>
        <source>seg, nifti, nrrd or slicer (labels); sr or pdf-dicom (results).</source>
        <translation>seg、nifti、nrrd 或 slicer（標籤）；sr 或 pdf-dicom（結果）。</translation>
    </message>
    <message>
        <source>sr, pdf-dicom: the reader who signs (default: not signed).</source>
        <translation>sr、pdf-dicom：簽署的判讀者（預設：不簽署）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>error: export needs --format seg|nifti|nrrd|slicer with --labels, or --format sr|pdf-dicom</source>
        <translation>錯誤：export 需要 --format seg|nifti|nrrd|slicer 搭配 --labels，或 --format sr|pdf-dicom</translation>
    </message>
    <message>
        <source>error: this headless build has no printed report; pdf-dicom needs the full build</source>
        <translation>錯誤：此無介面版本沒有列印報告；pdf-dicom 需要完整版本</translation>
    </message>
</context>
<context>
    <name>heaorta::cli::InfoCommand</name>
    <message>
        <source>List the series in a folder or file and describe the loaded volume.</source>
        <translation>列出資料夾或檔案中的序列，並描述載入的體積。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>以 JSON 取代文字輸出。</translation>
    </message>
    <message numerus="yes">
        <source>Loading series %1 (%n image(s))...</source>
        <translation>
            <numerusform>正在載入序列 %1（%n 張影像）...</numerusform>
        </translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>錯誤：%1</translation>
    </message>
</context>
<context>
    <name>heaorta::cli::PacsCommand</name>
    <message>
        <source>error: %1</source>
        <translation>錯誤：%1</translation>
    </message>
    <message>
        <source>Echo, query, retrieve from and store to a PACS (DICOM C-ECHO/FIND/GET/MOVE/STORE).</source>
        <translation>對 PACS 測試連線、查詢、取回與儲存（DICOM C-ECHO/FIND/GET/MOVE/STORE）。</translation>
    </message>
    <message>
        <source>Actions: echo, find, get (C-GET), move (C-MOVE to our own storage SCP), store (C-STORE).</source>
        <translation>動作：echo、find、get（C-GET）、move（C-MOVE 至本機儲存 SCP）、store（C-STORE）。</translation>
    </message>
    <message>
        <source>echo, find, get, move or store.</source>
        <translation>echo、find、get、move 或 store。</translation>
    </message>
    <message>
        <source>The PACS: its AE title, host and port.</source>
        <translation>PACS：其 AE 名稱、主機與連接埠。</translation>
    </message>
    <message>
        <source>Our AE title (default HEAORTA).</source>
        <translation>本機 AE 名稱（預設 HEAORTA）。</translation>
    </message>
    <message>
        <source>aet</source>
        <translation>aet</translation>
    </message>
    <message>
        <source>Seconds to wait for the PACS to connect and answer (default 30).</source>
        <translation>等待 PACS 連線與回應的秒數（預設 30）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Use DICOM over TLS.</source>
        <translation>使用 DICOM over TLS。</translation>
    </message>
    <message>
        <source>CA certificate (PEM) the PACS&apos;s certificate must chain to.</source>
        <translation>PACS 憑證必須追溯至的 CA 憑證（PEM）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Our certificate (PEM), when the PACS requires one.</source>
        <translation>本機憑證（PEM），PACS 要求時使用。</translation>
    </message>
    <message>
        <source>The private key (PEM) of --tls-cert.</source>
        <translation>--tls-cert 的私鑰（PEM）。</translation>
    </message>
    <message>
        <source>find: study (default) or series.</source>
        <translation>find：study（預設）或 series。</translation>
    </message>
    <message>
        <source>level</source>
        <translation>層級</translation>
    </message>
    <message>
        <source>find: Patient ID.</source>
        <translation>find：病歷號（Patient ID）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>find: patient name (wildcards * and ?).</source>
        <translation>find：病人姓名（可用萬用字元 * 與 ?）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>find: study date or range (YYYYMMDD, YYYYMMDD-YYYYMMDD).</source>
        <translation>find：檢查日期或範圍（YYYYMMDD、YYYYMMDD-YYYYMMDD）。</translation>
    </message>
    <message>
        <source>range</source>
        <translation>範圍</translation>
    </message>
    <message>
        <source>find: modality (CT).</source>
        <translation>find：影像類別（CT）。</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>影像類別</translation>
    </message>
    <message>
        <source>find (series level), get, move: Study Instance UID.</source>
        <translation>find（序列層級）、get、move：Study Instance UID。</translation>
    </message>
    <message>
        <source>uid</source>
        <translation>uid</translation>
    </message>
    <message>
        <source>get, move: only this Series Instance UID.</source>
        <translation>get、move：只取此 Series Instance UID。</translation>
    </message>
    <message>
        <source>find: print JSON instead of a table.</source>
        <translation>find：輸出 JSON 而非表格。</translation>
    </message>
    <message>
        <source>get, move: folder to write the study into.</source>
        <translation>get、move：寫入檢查的資料夾。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>move: port our storage SCP listens on (default 11112).</source>
        <translation>move：本機儲存 SCP 監聽的連接埠（預設 11112）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>error: unknown pacs action &quot;%1&quot; (echo, find, get, move or store)</source>
        <translation>錯誤：未知的 pacs 動作「%1」（echo、find、get、move 或 store）</translation>
    </message>
    <message>
        <source>error: --node AET@HOST:PORT is required</source>
        <translation>錯誤：必須指定 --node AET@HOST:PORT</translation>
    </message>
    <message>
        <source>error: --local-aet: %1</source>
        <translation>錯誤：--local-aet：%1</translation>
    </message>
    <message>
        <source>error: --timeout must be a whole number of seconds, 1 or more</source>
        <translation>錯誤：--timeout 必須是 1 以上的整數秒</translation>
    </message>
    <message>
        <source>%1 answered C-ECHO in %2 ms (calling AE title %3%4).</source>
        <translation>%1 在 %2 毫秒內回應 C-ECHO（呼叫端 AE 名稱 %3%4）。</translation>
    </message>
    <message>
        <source>, TLS</source>
        <translation>，TLS</translation>
    </message>
    <message>
        <source>error: --level must be study or series</source>
        <translation>錯誤：--level 必須是 study 或 series</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) on %1</source>
        <translation>
            <numerusform>%1 上有 %n 筆符合</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 image(s)</source>
        <translation>%1 張影像</translation>
    </message>
    <message>
        <source>%1 series, %2 image(s)</source>
        <translation>%1 個序列，%2 張影像</translation>
    </message>
    <message>
        <source>error: %1 needs --study UID and -o FOLDER</source>
        <translation>錯誤：%1 需要 --study UID 與 -o 資料夾</translation>
    </message>
    <message>
        <source>error: --local-port must be a number from 1 to 65535</source>
        <translation>錯誤：--local-port 必須是 1 到 65535 的數字</translation>
    </message>
    <message numerus="yes">
        <source>Retrieved %n instance(s) into %1</source>
        <translation>
            <numerusform>已取回 %n 個影像物件至 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>error: %1 is not a file or folder</source>
        <translation>錯誤：%1 不是檔案或資料夾</translation>
    </message>
    <message>
        <source>error: store needs one or more DICOM files or folders</source>
        <translation>錯誤：store 需要一個以上的 DICOM 檔案或資料夾</translation>
    </message>
    <message>
        <source>not stored: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message numerus="yes">
        <source>Stored %1 of %n file(s) on %2</source>
        <translation>
            <numerusform>已在 %2 儲存 %n 個檔案中的 %1 個</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heaorta::cli::ReportCommand</name>
    <message>
        <source>The printable risk report (PDF) in Traditional Chinese or English.</source>
        <translation>可列印的風險報告（PDF），繁體中文或英文。</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>要寫出的 PDF。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>The reader who signs the report (default: not signed).</source>
        <translation>簽署報告的判讀者（預設：不簽署）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4（預設）或 letter。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>error: --paper is a4 or letter</source>
        <translation>錯誤：--paper 只能是 a4 或 letter</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>報告已寫出：%1</translation>
    </message>
    <message>
        <source>Coronary artery calcium (Agatston): %1</source>
        <translation>冠狀動脈鈣化（Agatston）：%1</translation>
    </message>
    <message>
        <source>Risk tier: %1</source>
        <translation>風險等級：%1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>錯誤：%1</translation>
    </message>
</context>
<context>
    <name>heaorta::cli::ScoreCommand</name>
    <message>
        <source>Coronary and aortic calcium, pericardial fat and risk tier from a CT and its labels.</source>
        <translation>由 CT 及其標籤計算冠狀動脈與主動脈鈣化、心包脂肪及風險分級。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>輸出 JSON。</translation>
    </message>
    <message>
        <source>Print a CSV header and one row.</source>
        <translation>輸出 CSV 標題列與一列資料。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>錯誤：%1</translation>
    </message>
    <message>
        <source>Cautions:</source>
        <translation>注意事項：</translation>
    </message>
    <message>
        <source>Masks made by: %1</source>
        <translation>遮罩產生者：%1</translation>
    </message>
    <message>
        <source>SEGMENTATION FAILED: the masks cannot be what they claim; the numbers below are not a result.</source>
        <translation>分割失敗：遮罩與其標示的結構不符；以下數字不是可採信的結果。</translation>
    </message>
    <message>
        <source>Risk tier: none given, the score is not valid (%1).</source>
        <translation>風險等級：不給予，分數無效（%1）。</translation>
    </message>
    <message>
        <source>Coronary artery calcium (Agatston): %1</source>
        <translation>冠狀動脈鈣化（Agatston）：%1</translation>
    </message>
    <message>
        <source>Risk tier: %1. %2</source>
        <translation>風險等級：%1。%2</translation>
    </message>
    <message>
        <source>Risk tier: none given, the score was not computed.</source>
        <translation>風險等級：不給，未計算分數。</translation>
    </message>
    <message>
        <source>Aortic calcium (Agatston): %1</source>
        <translation>主動脈鈣化（Agatston）：%1</translation>
    </message>
    <message>
        <source>Pericardial fat: %1</source>
        <translation>心包膜脂肪：%1</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>設定：%1</translation>
    </message>
    <message>
        <source>Lesions (id, region, artery, slices from 1, area mm², peak HU, mean HU, Agatston, volume mm³, mass mg):</source>
        <translation>病灶（編號、區域、動脈、切片（從 1 起）、面積 mm²、最高 HU、平均 HU、Agatston、體積 mm³、質量 mg）：</translation>
    </message>
</context>
<context>
    <name>heaorta::cli::ScoredStudy</name>
    <message>
        <source>Label map (NIfTI, NRRD, MetaImage or DICOM SEG): 1 heart, 2 ascending aorta, 3 descending aorta (default: segment first).</source>
        <translation>標記圖（NIfTI、NRRD、MetaImage 或 DICOM SEG）：1 心臟、2 升主動脈、3 降主動脈（預設：先分割）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Artery assignments painted as labels: 1 LM, 2 LAD, 3 LCX, 4 RCA, 5 other, 6 excluded (default: those saved beside the labels).</source>
        <translation>以標記繪製的血管指定：1 LM、2 LAD、3 LCX、4 RCA、5 其他、6 排除（預設：標記圖旁儲存的指定）。</translation>
    </message>
    <message>
        <source>Settings JSON (a results file or expected.json works too).</source>
        <translation>設定 JSON（也可使用結果檔或 expected.json）。</translation>
    </message>
    <message>
        <source>Calcium threshold in HU (default 130).</source>
        <translation>鈣化閾值，單位 HU（預設 130）。</translation>
    </message>
    <message>
        <source>HU</source>
        <translation>HU</translation>
    </message>
    <message>
        <source>Adjust the threshold to the scan&apos;s kVp.</source>
        <translation>依掃描的 kVp 調整閾值。</translation>
    </message>
    <message>
        <source>Minimum lesion area in mm² (default 1, inclusive).</source>
        <translation>最小病灶面積，單位 mm²（預設 1，含等於）。</translation>
    </message>
    <message>
        <source>mm2</source>
        <translation>mm2</translation>
    </message>
    <message>
        <source>Minimum lesion size in pixels (default 0).</source>
        <translation>最小病灶大小，單位像素（預設 0）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>In-slice connectivity, 4 or 8 (default 8).</source>
        <translation>切片內連通性，4 或 8（預設 8）。</translation>
    </message>
    <message>
        <source>Fat window in HU (default -190,-30).</source>
        <translation>脂肪窗，單位 HU（預設 -190,-30）。</translation>
    </message>
    <message>
        <source>low,high</source>
        <translation>下限,上限</translation>
    </message>
    <message>
        <source>Mass calibration in mg/(HU·mm³) (default 0.001).</source>
        <translation>質量校正，單位 mg/(HU·mm³)（預設 0.001）。</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>係數</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1：無法讀取</translation>
    </message>
    <message>
        <source>--fat-window takes two numbers: low,high</source>
        <translation>--fat-window 需要兩個數字：下限,上限</translation>
    </message>
    <message>
        <source>No bone mask came with the labels: bone touching the aorta or heart labels may be counted as calcium (`heaorta segment` saves one beside its labels).</source>
        <translation>標籤未附骨骼遮罩：接觸主動脈或心臟標籤的骨骼可能被計為鈣化（`heaorta segment` 會在標籤旁儲存骨骼遮罩）。</translation>
    </message>
    <message>
        <source>%1 (as recorded beside the labels)</source>
        <translation>%1（依標籤旁的紀錄）</translation>
    </message>
</context>
<context>
    <name>heaorta::cli::SegmentCommand</name>
    <message>
        <source>Segment heart, ascending and descending aorta (and bone) and write the label map.</source>
        <translation>分割心臟、升主動脈與降主動脈（及骨骼），並寫出標籤圖。</translation>
    </message>
    <message>
        <source>TorchScript model with its card beside it (default: the installed model, else the anatomical fallback).</source>
        <translation>TorchScript 模型，其模型卡須在旁（預設：已安裝的模型，否則使用解剖式備援分割器）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Where the model runs: auto, cpu or cuda (default auto).</source>
        <translation>模型執行位置：auto、cpu 或 cuda（預設 auto）。</translation>
    </message>
    <message>
        <source>device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>--device must be auto, cpu or cuda</source>
        <translation>--device 必須是 auto、cpu 或 cuda</translation>
    </message>
    <message>
        <source>Label map to write (.nii.gz, .nrrd, .mha).</source>
        <translation>要寫出的標籤圖（.nii.gz、.nrrd、.mha）。</translation>
    </message>
    <message>
        <source>Also write the bone mask (excluded from calcium).</source>
        <translation>同時寫出骨骼遮罩（不計入鈣化）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>輸出 JSON。</translation>
    </message>
    <message>
        <source>Segmenter: %1 (%2 s)</source>
        <translation>分割器：%1（%2 秒）</translation>
    </message>
    <message>
        <source>Heart %1 mL, ascending aorta %2 mL, descending aorta %3 mL</source>
        <translation>心臟 %1 mL，升主動脈 %2 mL，降主動脈 %3 mL</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已寫出 %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>錯誤：%1</translation>
    </message>
    <message>
        <source>SEGMENTATION FAILED: check and correct the masks before any score is used.</source>
        <translation>分割失敗：使用任何分數之前，請檢查並修正遮罩。</translation>
    </message>
</context>
<context>
    <name>heaorta::cli::StudyOptions</name>
    <message>
        <source>Load the series with this Series Instance UID.</source>
        <translation>載入此 Series Instance UID 的序列。</translation>
    </message>
    <message>
        <source>uid</source>
        <translation>uid</translation>
    </message>
    <message>
        <source>Interpolate across missing slices instead of refusing the series.</source>
        <translation>在缺漏的切片處內插，而不是拒絕此序列。</translation>
    </message>
    <message>
        <source>Refuse gantry-tilted series instead of resampling them.</source>
        <translation>拒絕機架傾斜的序列，而不是重新取樣。</translation>
    </message>
    <message>
        <source>DICOM folder, DICOM file, or volume file.</source>
        <translation>DICOM 資料夾、DICOM 檔案或影像體積檔。</translation>
    </message>
    <message>
        <source>error: --output is required</source>
        <translation>錯誤：必須指定 --output</translation>
    </message>
</context>
<context>
    <name>heaorta::cli::TextDescriptions</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Files examined: %1, skipped: %2</source>
        <translation>已檢查檔案：%1，略過：%2</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>略過 %1：%2</translation>
    </message>
    <message>
        <source>Patient %1 (ID %2, sex %3)</source>
        <translation>病患 %1（ID %2，性別 %3）</translation>
    </message>
    <message>
        <source>Study %1 &quot;%2&quot; (UID %3)</source>
        <translation>檢查 %1「%2」（UID %3）</translation>
    </message>
    <message numerus="yes">
        <source>Series %1: %2, %n image(s), %3 x %4, slice thickness %5 mm (UID %6)</source>
        <translation>
            <numerusform>序列 %1：%2，%n 張影像，%3 x %4，切片厚度 %5 mm（UID %6）</numerusform>
        </translation>
    </message>
    <message>
        <source>kVp %1</source>
        <translation>kVp %1</translation>
    </message>
    <message>
        <source>slice thickness %1 mm</source>
        <translation>切片厚度 %1 mm</translation>
    </message>
    <message>
        <source>slice increment %1 mm</source>
        <translation>切片間距 %1 mm</translation>
    </message>
    <message>
        <source>kernel %1</source>
        <translation>重建核 %1</translation>
    </message>
    <message>
        <source>contrast agent: %1</source>
        <translation>顯影劑：%1</translation>
    </message>
    <message>
        <source>no contrast agent recorded</source>
        <translation>未記錄顯影劑</translation>
    </message>
    <message>
        <source>manufacturer %1 %2</source>
        <translation>製造商 %1 %2</translation>
    </message>
    <message>
        <source>patient age %1, sex %2</source>
        <translation>病患年齡 %1，性別 %2</translation>
    </message>
    <message>
        <source>study date %1</source>
        <translation>檢查日期 %1</translation>
    </message>
    <message>
        <source>Volume (%1)</source>
        <translation>體積（%1）</translation>
    </message>
    <message>
        <source>Size: %1 x %2 x %3 voxels</source>
        <translation>大小：%1 x %2 x %3 體素</translation>
    </message>
    <message>
        <source>Spacing: %1 x %2 x %3 mm</source>
        <translation>間距：%1 x %2 x %3 mm</translation>
    </message>
    <message>
        <source>Origin: (%1, %2, %3) mm (LPS)</source>
        <translation>原點：(%1, %2, %3) mm（LPS）</translation>
    </message>
    <message>
        <source>Orientation: %1, axes %2</source>
        <translation>方向：%1，座標軸 %2</translation>
    </message>
    <message>
        <source>HU range: %1 to %2</source>
        <translation>HU 範圍：%1 至 %2</translation>
    </message>
    <message>
        <source>Scoring metadata: %1</source>
        <translation>計分用資訊：%1</translation>
    </message>
    <message>
        <source>Notice: %1</source>
        <translation>注意：%1</translation>
    </message>
</context>
<context>
    <name>heaorta::cli::Usage</name>
    <message>
        <source>Usage: heaorta &lt;command&gt; [options]   (heaorta &lt;command&gt; --help for its options)</source>
        <translation>用法：heaorta &lt;指令&gt; [選項]   （heaorta &lt;指令&gt; --help 可查看其選項）</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>指令：</translation>
    </message>
    <message>
        <source>Global options: --lang en|zh_TW, --version</source>
        <translation>全域選項：--lang en|zh_TW、--version</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知的指令：%1</translation>
    </message>
</context>
</TS>
