# What `cmake --install` puts beside the programs, and the Debian package (`cpack -G DEB`).
# The translations are compiled into the programs (resources), so there are no .qm files to install.
if(HEAORTA_GUI)
  install(FILES packaging/heaorta-workstation.desktop DESTINATION share/applications)
  install(FILES resources/icons/heaorta-workstation.svg DESTINATION share/icons/hicolor/scalable/apps)
endif()
install(DIRECTORY resources/demo/ DESTINATION share/heaorta/demo)
install(FILES README.md DESTINATION share/doc/${HEAORTA_PACKAGE_NAME})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ${HEAORTA_PACKAGE_NAME})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Heaorta Workstation")
set(CPACK_PACKAGE_CONTACT "Heaorta Workstation developers <heaorta@example.org>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
# dpkg-shlibdeps turns every library the programs and plugins link into a Depends on its Debian package.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS ${PROJECT_BINARY_DIR}/lib/heaorta)
if(HEAORTA_GUI)
  set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Coronary and aortic calcium, pericardial fat and risk tier from chest CT")
  # The Traditional Chinese report needs a CJK font; nothing links it, so shlibdeps cannot know.
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-cjk")
  # Software OpenGL (llvmpipe) for machines without a GPU driver; Qt's own dialogs in Chinese.
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libgl1-mesa-dri, qt6-translations-l10n")
else()
  set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Heaorta command line for cluster nodes: segment and score chest CT (no GUI)")
endif()
set(CPACK_PACKAGE_DESCRIPTION
    "Segments the heart (pericardial sac) and the aorta on non-contrast chest CT, scores coronary (Agatston) and aortic calcium and pericardial fat, and prints a risk report in Traditional Chinese and English. Not a diagnosis: a reader reviews every result.")
include(CPack)
