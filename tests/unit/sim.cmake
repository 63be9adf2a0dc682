# Simulator and scenario tests (backend/sim).
omega_add_qtest(tst_simulator SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_simulator.cpp LIBS omega_sim TIMEOUT 300)
target_compile_definitions(tst_simulator PRIVATE OMEGA_SOURCE_DIR_FALLBACK="${PROJECT_SOURCE_DIR}")
