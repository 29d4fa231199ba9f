// Rebound search index: every model read, card and organisation of this edition.
window.REBOUND_SEARCH = [
  {
    "t" : "Transformer",
    "k" : "model",
    "u" : "models/transformer-2/index.html",
    "d" : "University of Oxford · 2014-09-04 · NVIDIA GeForce GTX Titan Black · 394 kg CO2 eq"
  },
  {
    "t" : "Transformer",
    "k" : "model",
    "u" : "models/transformer/index.html",
    "d" : "Google Research, Google Brain · 2017-06-12 · NVIDIA P100 · 113 kg CO2 eq"
  },
  {
    "t" : "AlphaGo Zero",
    "k" : "model",
    "u" : "models/alphago-zero/index.html",
    "d" : "DeepMind · 2017-10-18 · Google TPU v1 · 370 kg CO2 eq"
  },
  {
    "t" : "StyleGAN",
    "k" : "model",
    "u" : "models/stylegan/index.html",
    "d" : "NVIDIA · 2018-12-12 · NVIDIA V100 · 0.0744 kg CO2 eq"
  },
  {
    "t" : "GPT-3 175B (davinci)",
    "k" : "model",
    "u" : "models/gpt-3-175b-davinci/index.html",
    "d" : "OpenAI · 2020-05-28 · NVIDIA Tesla V100 DGXS 32 GB · 632 t CO2 eq"
  },
  {
    "t" : "Gopher (280B)",
    "k" : "model",
    "u" : "models/gopher-280b/index.html",
    "d" : "DeepMind · 2021-12-08 · Google TPU v3 · 603 t CO2 eq"
  },
  {
    "t" : "ERNIE 3.0 Titan",
    "k" : "model",
    "u" : "models/ernie-3-0-titan/index.html",
    "d" : "Baidu, Peng Cheng Laboratory · 2021-12-23 · NVIDIA Tesla V100 DGXS 32 GB, Huawei Ascend 910 · 2,170 t CO2 eq"
  },
  {
    "t" : "BLOOM-176B",
    "k" : "model",
    "u" : "models/bloom-176b/index.html",
    "d" : "Hugging Face, BigScience · 2022-07-11 · NVIDIA A100 SXM4 80 GB · 74.9 t CO2 eq"
  },
  {
    "t" : "Llama 3.3 70B",
    "k" : "model",
    "u" : "models/llama-3-3-70b/index.html",
    "d" : "Meta AI · 2024-12-06 · NVIDIA H100 SXM5 80GB · 2,270 t CO2 eq"
  },
  {
    "t" : "Claude 2",
    "k" : "not estimated",
    "u" : "models/index.html#excluded",
    "d" : "Anthropic · 2023-07-11 · no training hardware"
  },
  {
    "t" : "AlexNet",
    "k" : "not estimated",
    "u" : "models/index.html#excluded",
    "d" : "University of Toronto · 2012-09-30 · out of date range: 2012-09-30 is outside 2013-01-01 – 2026-12-31"
  },
  {
    "t" : "Amazon Trainium1",
    "k" : "card",
    "u" : "gpus/amazon-trainium1/index.html",
    "d" : "Amazon · 2022-10-15 · 0 models"
  },
  {
    "t" : "Amazon Trainium2",
    "k" : "card",
    "u" : "gpus/amazon-trainium2/index.html",
    "d" : "Amazon · 2024-12-03 · 0 models"
  },
  {
    "t" : "AMD Instinct MI100",
    "k" : "card",
    "u" : "gpus/amd-instinct-mi100/index.html",
    "d" : "AMD · 2020-11-16 · 0 models"
  },
  {
    "t" : "AMD Instinct MI210",
    "k" : "card",
    "u" : "gpus/amd-instinct-mi210/index.html",
    "d" : "AMD · 2022-03-22 · 0 models"
  },
  {
    "t" : "AMD Instinct MI250",
    "k" : "card",
    "u" : "gpus/amd-instinct-mi250/index.html",
    "d" : "AMD · 2021-11-08 · 0 models"
  },
  {
    "t" : "AMD Instinct MI250X",
    "k" : "card",
    "u" : "gpus/amd-instinct-mi250x/index.html",
    "d" : "AMD · 2021-11-08 · 0 models",
    "a" : "AMD Radeon Instinct MI250X"
  },
  {
    "t" : "AMD Instinct MI300X",
    "k" : "card",
    "u" : "gpus/amd-instinct-mi300x/index.html",
    "d" : "AMD · 2023-12-06 · 0 models"
  },
  {
    "t" : "AMD Instinct MI325X",
    "k" : "card",
    "u" : "gpus/amd-instinct-mi325x/index.html",
    "d" : "AMD · 2024-10-10 · 0 models"
  },
  {
    "t" : "AMD Instinct MI355X",
    "k" : "card",
    "u" : "gpus/amd-instinct-mi355x/index.html",
    "d" : "AMD · 2025-06-12 · 0 models"
  },
  {
    "t" : "Cerebras CS-2 (WSE-2)",
    "k" : "card",
    "u" : "gpus/cerebras-cs-2/index.html",
    "d" : "Cerebras · 2021-04-20 · 0 models",
    "a" : "Cerebras CS-2"
  },
  {
    "t" : "Google TPU v1",
    "k" : "card",
    "u" : "gpus/google-tpu-v1/index.html",
    "d" : "Google · 2015-05-15 · 1 model"
  },
  {
    "t" : "Google TPU v2",
    "k" : "card",
    "u" : "gpus/google-tpu-v2/index.html",
    "d" : "Google · 2017-05-01 · 0 models"
  },
  {
    "t" : "Google TPU v3",
    "k" : "card",
    "u" : "gpus/google-tpu-v3/index.html",
    "d" : "Google · 2018-05-18 · 1 model"
  },
  {
    "t" : "Google TPU v4",
    "k" : "card",
    "u" : "gpus/google-tpu-v4/index.html",
    "d" : "Google · 2021-05-20 · 0 models"
  },
  {
    "t" : "Google TPU v4i",
    "k" : "card",
    "u" : "gpus/google-tpu-v4i/index.html",
    "d" : "Google · 2020-01-01 · 0 models"
  },
  {
    "t" : "Google TPU v5e",
    "k" : "card",
    "u" : "gpus/google-tpu-v5e/index.html",
    "d" : "Google · 2023-08-29 · 0 models"
  },
  {
    "t" : "Google TPU v5p",
    "k" : "card",
    "u" : "gpus/google-tpu-v5p/index.html",
    "d" : "Google · 2023-12-06 · 0 models"
  },
  {
    "t" : "Google TPU v6e Trillium",
    "k" : "card",
    "u" : "gpus/google-tpu-v6e/index.html",
    "d" : "Google · 2024-05-14 · 0 models"
  },
  {
    "t" : "Google TPU v7 Ironwood",
    "k" : "card",
    "u" : "gpus/google-tpu-v7/index.html",
    "d" : "Google · 2025-11-06 · 0 models"
  },
  {
    "t" : "Huawei Ascend 910",
    "k" : "card",
    "u" : "gpus/huawei-ascend-910/index.html",
    "d" : "Huawei · 2019-08-23 · 0 models"
  },
  {
    "t" : "Huawei Ascend 910B",
    "k" : "card",
    "u" : "gpus/huawei-ascend-910b/index.html",
    "d" : "Huawei · 2022-03-17 · 0 models"
  },
  {
    "t" : "Huawei Ascend 910C",
    "k" : "card",
    "u" : "gpus/huawei-ascend-910c/index.html",
    "d" : "Huawei · 2024-10-15 · 0 models"
  },
  {
    "t" : "Intel Gaudi (HL-205)",
    "k" : "card",
    "u" : "gpus/intel-gaudi/index.html",
    "d" : "Intel · 2019-06-18 · 0 models"
  },
  {
    "t" : "Intel Gaudi2 (HL-225H)",
    "k" : "card",
    "u" : "gpus/intel-gaudi2/index.html",
    "d" : "Intel · 2022-05-10 · 0 models"
  },
  {
    "t" : "Intel Gaudi3 (HL-325L)",
    "k" : "card",
    "u" : "gpus/intel-gaudi3/index.html",
    "d" : "Intel · 2024-09-24 · 0 models"
  },
  {
    "t" : "NVIDIA A10 PCIe",
    "k" : "card",
    "u" : "gpus/nvidia-a10-pcie/index.html",
    "d" : "NVIDIA · 2021-04-12 · 0 models"
  },
  {
    "t" : "NVIDIA A100 PCIe 40 GB",
    "k" : "card",
    "u" : "gpus/nvidia-a100-pcie-40gb/index.html",
    "d" : "NVIDIA · 2020-06-22 · 0 models",
    "a" : "NVIDIA A100 PCIe"
  },
  {
    "t" : "NVIDIA A100 PCIe 80 GB",
    "k" : "card",
    "u" : "gpus/nvidia-a100-pcie-80gb/index.html",
    "d" : "NVIDIA · 2021-06-28 · 0 models"
  },
  {
    "t" : "NVIDIA A100 SXM4 40 GB",
    "k" : "card",
    "u" : "gpus/nvidia-a100-sxm4-40gb/index.html",
    "d" : "NVIDIA · 2020-05-14 · 0 models",
    "a" : "NVIDIA A100"
  },
  {
    "t" : "NVIDIA A100 SXM4 80 GB",
    "k" : "card",
    "u" : "gpus/nvidia-a100-sxm4-80gb/index.html",
    "d" : "NVIDIA · 2020-11-16 · 1 model"
  },
  {
    "t" : "NVIDIA A100X",
    "k" : "card",
    "u" : "gpus/nvidia-a100x/index.html",
    "d" : "NVIDIA · 2021-06-28 · 0 models"
  },
  {
    "t" : "NVIDIA A10G",
    "k" : "card",
    "u" : "gpus/nvidia-a10g/index.html",
    "d" : "NVIDIA · 2021-04-12 · 0 models"
  },
  {
    "t" : "NVIDIA A16 PCIe",
    "k" : "card",
    "u" : "gpus/nvidia-a16-pcie/index.html",
    "d" : "NVIDIA · 2021-04-12 · 0 models"
  },
  {
    "t" : "NVIDIA A2 PCIe",
    "k" : "card",
    "u" : "gpus/nvidia-a2-pcie/index.html",
    "d" : "NVIDIA · 2021-11-10 · 0 models"
  },
  {
    "t" : "NVIDIA A30 PCIe",
    "k" : "card",
    "u" : "gpus/nvidia-a30-pcie/index.html",
    "d" : "NVIDIA · 2021-04-12 · 0 models"
  },
  {
    "t" : "NVIDIA A30X",
    "k" : "card",
    "u" : "gpus/nvidia-a30x/index.html",
    "d" : "NVIDIA · 2021-04-12 · 0 models"
  },
  {
    "t" : "NVIDIA A40 PCIe",
    "k" : "card",
    "u" : "gpus/nvidia-a40-pcie/index.html",
    "d" : "NVIDIA · 2020-10-05 · 0 models"
  },
  {
    "t" : "NVIDIA A800 PCIe 40 GB",
    "k" : "card",
    "u" : "gpus/nvidia-a800-pcie-40gb/index.html",
    "d" : "NVIDIA · 2022-11-08 · 0 models"
  },
  {
    "t" : "NVIDIA A800 PCIe 80 GB",
    "k" : "card",
    "u" : "gpus/nvidia-a800-pcie-80gb/index.html",
    "d" : "NVIDIA · 2022-11-08 · 0 models"
  },
  {
    "t" : "NVIDIA A800 SXM4 80 GB",
    "k" : "card",
    "u" : "gpus/nvidia-a800-sxm4-80gb/index.html",
    "d" : "NVIDIA · 2022-08-11 · 0 models",
    "a" : "NVIDIA A800 · NVIDIA A800 SXM"
  },
  {
    "t" : "NVIDIA B100",
    "k" : "card",
    "u" : "gpus/nvidia-b100/index.html",
    "d" : "NVIDIA · 2024-03-18 · 0 models"
  },
  {
    "t" : "NVIDIA B200",
    "k" : "card",
    "u" : "gpus/nvidia-b200/index.html",
    "d" : "NVIDIA · 2024-11-15 · 0 models",
    "a" : "NVIDIA B200 GPUs"
  },
  {
    "t" : "NVIDIA B300 (Blackwell Ultra)",
    "k" : "card",
    "u" : "gpus/nvidia-b300-sxm/index.html",
    "d" : "NVIDIA · 2025-08-22 · 0 models"
  },
  {
    "t" : "NVIDIA GB10 Grace Blackwell Superchip (DGX Spark)",
    "k" : "card",
    "u" : "gpus/nvidia-gb10/index.html",
    "d" : "NVIDIA · — · 0 models"
  },
  {
    "t" : "NVIDIA GB200 (per B200 GPU)",
    "k" : "card",
    "u" : "gpus/nvidia-gb200/index.html",
    "d" : "NVIDIA · 2025-02-15 · 0 models",
    "a" : "NVIDIA GB200"
  },
  {
    "t" : "NVIDIA GB300 (per Blackwell Ultra GPU)",
    "k" : "card",
    "u" : "gpus/nvidia-gb300/index.html",
    "d" : "NVIDIA · 2025-08-22 · 0 models",
    "a" : "NVIDIA GB300 (Blackwell Ultra)"
  },
  {
    "t" : "NVIDIA GeForce GTX 1080",
    "k" : "card",
    "u" : "gpus/nvidia-geforce-gtx-1080/index.html",
    "d" : "NVIDIA · 2016-05-27 · 0 models"
  },
  {
    "t" : "NVIDIA GeForce GTX 1080 Ti",
    "k" : "card",
    "u" : "gpus/nvidia-geforce-gtx-1080-ti/index.html",
    "d" : "NVIDIA · 2017-03-10 · 0 models"
  },
  {
    "t" : "NVIDIA GeForce GTX 280",
    "k" : "card",
    "u" : "gpus/nvidia-geforce-gtx-280/index.html",
    "d" : "NVIDIA · 2008-06-16 · 0 models"
  },
  {
    "t" : "NVIDIA GeForce GTX 285",
    "k" : "card",
    "u" : "gpus/nvidia-geforce-gtx-285/index.html",
    "d" : "NVIDIA · 2008-12-23 · 0 models"
  },
  {
    "t" : "NVIDIA GeForce GTX 480",
    "k" : "card",
    "u" : "gpus/nvidia-geforce-gtx-480/index.html",
    "d" : "NVIDIA · 2010-03-26 · 0 models"
  },
  {
    "t" : "NVIDIA GeForce GTX 580",
    "k" : "card",
    "u" : "gpus/nvidia-geforce-gtx-580/index.html",
    "d" : "NVIDIA · 2010-11-09 · 0 models"
  },
  {
    "t" : "NVIDIA GeForce GTX 590",
    "k" : "card",
    "u" : "gpus/nvidia-geforce-gtx-590/index.html",
    "d" : "NVIDIA · 2011-03-24 · 0 models"
  },
  {
    "t" : "NVIDIA GeForce GTX 780",
    "k" : "card",
    "u" : "gpus/nvidia-geforce-gtx-780/index.html",
    "d" : "NVIDIA · 2013-05-23 · 0 models"
  },
  {
    "t" : "NVIDIA GeForce GTX 980",
    "k" : "card",
    "u" : "gpus/nvidia-geforce-gtx-980/index.html",
    "d" : "NVIDIA · 2014-09-19 · 0 models"
  },
  {
    "t" : "NVIDIA GeForce GTX TITAN",
    "k" : "card",
    "u" : "gpus/nvidia-geforce-gtx-titan/index.html",
    "d" : "NVIDIA · 2013-02-19 · 0 models"
  },
  {
    "t" : "NVIDIA GeForce GTX TITAN Black",
    "k" : "card",
    "u" : "gpus/nvidia-geforce-gtx-titan-black/index.html",
    "d" : "NVIDIA · 2014-02-18 · 1 model",
    "a" : "NVIDIA GTX Titan Black · NVIDIA GeForce GTX Titan Black"
  },
  {
    "t" : "NVIDIA GeForce GTX TITAN X",
    "k" : "card",
    "u" : "gpus/nvidia-geforce-gtx-titan-x/index.html",
    "d" : "NVIDIA · 2015-03-17 · 0 models"
  },
  {
    "t" : "NVIDIA GeForce GTX TITAN Z",
    "k" : "card",
    "u" : "gpus/nvidia-geforce-gtx-titan-z/index.html",
    "d" : "NVIDIA · 2014-05-28 · 0 models"
  },
  {
    "t" : "NVIDIA GeForce RTX 2080 Ti",
    "k" : "card",
    "u" : "gpus/nvidia-geforce-rtx-2080-ti/index.html",
    "d" : "NVIDIA · 2018-09-20 · 0 models",
    "a" : "NVIDIA GeForce RTX 2080 Ti 11GB"
  },
  {
    "t" : "NVIDIA GeForce RTX 3090",
    "k" : "card",
    "u" : "gpus/nvidia-geforce-rtx-3090/index.html",
    "d" : "NVIDIA · 2020-09-01 · 0 models"
  },
  {
    "t" : "NVIDIA GeForce RTX 4090",
    "k" : "card",
    "u" : "gpus/nvidia-geforce-rtx-4090/index.html",
    "d" : "NVIDIA · 2022-09-20 · 0 models"
  },
  {
    "t" : "NVIDIA GH200 Grace Hopper Superchip",
    "k" : "card",
    "u" : "gpus/nvidia-gh200/index.html",
    "d" : "NVIDIA · 2023-08-08 · 0 models"
  },
  {
    "t" : "NVIDIA GRID A100A",
    "k" : "card",
    "u" : "gpus/nvidia-grid-a100a/index.html",
    "d" : "NVIDIA · 2020-05-14 · 0 models"
  },
  {
    "t" : "NVIDIA GRID A100B",
    "k" : "card",
    "u" : "gpus/nvidia-grid-a100b/index.html",
    "d" : "NVIDIA · 2020-05-14 · 0 models"
  },
  {
    "t" : "NVIDIA GRID K2",
    "k" : "card",
    "u" : "gpus/nvidia-grid-k2/index.html",
    "d" : "NVIDIA · — · 0 models"
  },
  {
    "t" : "NVIDIA GRID K340",
    "k" : "card",
    "u" : "gpus/nvidia-grid-k340/index.html",
    "d" : "NVIDIA · 2013-07-23 · 0 models"
  },
  {
    "t" : "NVIDIA GRID K500",
    "k" : "card",
    "u" : "gpus/nvidia-grid-k500/index.html",
    "d" : "NVIDIA · 2014-07-02 · 0 models"
  },
  {
    "t" : "NVIDIA GRID K520",
    "k" : "card",
    "u" : "gpus/nvidia-grid-k520/index.html",
    "d" : "NVIDIA · 2013-07-23 · 0 models"
  },
  {
    "t" : "NVIDIA GRID M40",
    "k" : "card",
    "u" : "gpus/nvidia-grid-m40/index.html",
    "d" : "NVIDIA · 2016-05-18 · 0 models"
  },
  {
    "t" : "NVIDIA H100 CNX",
    "k" : "card",
    "u" : "gpus/nvidia-h100-cnx/index.html",
    "d" : "NVIDIA · 2023-03-21 · 0 models"
  },
  {
    "t" : "NVIDIA H100 NVL",
    "k" : "card",
    "u" : "gpus/nvidia-h100-nvl/index.html",
    "d" : "NVIDIA · 2024-03-14 · 0 models"
  },
  {
    "t" : "NVIDIA H100 PCIe 80 GB",
    "k" : "card",
    "u" : "gpus/nvidia-h100-pcie-80gb/index.html",
    "d" : "NVIDIA · 2022-03-22 · 0 models",
    "a" : "NVIDIA H100 PCIe"
  },
  {
    "t" : "NVIDIA H100 PCIe 96 GB",
    "k" : "card",
    "u" : "gpus/nvidia-h100-pcie-96gb/index.html",
    "d" : "NVIDIA · 2023-03-21 · 0 models"
  },
  {
    "t" : "NVIDIA H100 SXM5 64 GB",
    "k" : "card",
    "u" : "gpus/nvidia-h100-sxm5-64gb/index.html",
    "d" : "NVIDIA · 2023-03-21 · 0 models"
  },
  {
    "t" : "NVIDIA H100 SXM5 80 GB",
    "k" : "card",
    "u" : "gpus/nvidia-h100-sxm5-80gb/index.html",
    "d" : "NVIDIA · 2022-03-22 · 1 model",
    "a" : "NVIDIA H100 SXM5 80GB · Nvidia H100 80G"
  },
  {
    "t" : "NVIDIA H100 SXM5 96 GB",
    "k" : "card",
    "u" : "gpus/nvidia-h100-sxm5-96gb/index.html",
    "d" : "NVIDIA · 2023-03-21 · 0 models"
  },
  {
    "t" : "NVIDIA H20",
    "k" : "card",
    "u" : "gpus/nvidia-h20/index.html",
    "d" : "NVIDIA · 2023-11-09 · 0 models"
  },
  {
    "t" : "NVIDIA H200 NVL 141 GB",
    "k" : "card",
    "u" : "gpus/nvidia-h200-nvl-141gb/index.html",
    "d" : "NVIDIA · 2024-11-18 · 0 models"
  },
  {
    "t" : "NVIDIA H200 SXM 141 GB",
    "k" : "card",
    "u" : "gpus/nvidia-h200-sxm-141gb/index.html",
    "d" : "NVIDIA · 2024-11-18 · 0 models",
    "a" : "NVIDIA H200 · NVIDIA H200 SXM"
  },
  {
    "t" : "NVIDIA H800 PCIe 80 GB",
    "k" : "card",
    "u" : "gpus/nvidia-h800-pcie-80gb/index.html",
    "d" : "NVIDIA · 2023-03-21 · 0 models"
  },
  {
    "t" : "NVIDIA H800 SXM5",
    "k" : "card",
    "u" : "gpus/nvidia-h800-sxm5/index.html",
    "d" : "NVIDIA · 2023-03-21 · 0 models"
  },
  {
    "t" : "NVIDIA Jetson AGX Thor",
    "k" : "card",
    "u" : "gpus/nvidia-jetson-agx-thor/index.html",
    "d" : "NVIDIA · 2025-08-01 · 0 models"
  },
  {
    "t" : "NVIDIA Jetson AGX Xavier 16 GB",
    "k" : "card",
    "u" : "gpus/nvidia-jetson-agx-xavier-16gb/index.html",
    "d" : "NVIDIA · — · 0 models"
  },
  {
    "t" : "NVIDIA Jetson AGX Xavier 32 GB",
    "k" : "card",
    "u" : "gpus/nvidia-jetson-agx-xavier-32gb/index.html",
    "d" : "NVIDIA · — · 0 models"
  },
  {
    "t" : "NVIDIA Jetson TK1",
    "k" : "card",
    "u" : "gpus/nvidia-jetson-tk1/index.html",
    "d" : "NVIDIA · 2014-10-15 · 0 models"
  },
  {
    "t" : "NVIDIA Jetson Xavier NX 16 GB",
    "k" : "card",
    "u" : "gpus/nvidia-jetson-xavier-nx-16gb/index.html",
    "d" : "NVIDIA · 2020-05-14 · 0 models"
  },
  {
    "t" : "NVIDIA Jetson Xavier NX 8 GB",
    "k" : "card",
    "u" : "gpus/nvidia-jetson-xavier-nx-8gb/index.html",
    "d" : "NVIDIA · 2020-05-14 · 0 models"
  },
  {
    "t" : "NVIDIA L2",
    "k" : "card",
    "u" : "gpus/nvidia-l2/index.html",
    "d" : "NVIDIA · 2023-11-09 · 0 models"
  },
  {
    "t" : "NVIDIA L20",
    "k" : "card",
    "u" : "gpus/nvidia-l20/index.html",
    "d" : "NVIDIA · 2023-09-16 · 0 models"
  },
  {
    "t" : "NVIDIA L4",
    "k" : "card",
    "u" : "gpus/nvidia-l4/index.html",
    "d" : "NVIDIA · 2023-03-21 · 0 models"
  },
  {
    "t" : "NVIDIA L40",
    "k" : "card",
    "u" : "gpus/nvidia-l40/index.html",
    "d" : "NVIDIA · 2022-10-13 · 0 models"
  },
  {
    "t" : "NVIDIA L40 CNX",
    "k" : "card",
    "u" : "gpus/nvidia-l40-cnx/index.html",
    "d" : "NVIDIA · 2022-10-13 · 0 models"
  },
  {
    "t" : "NVIDIA L40G",
    "k" : "card",
    "u" : "gpus/nvidia-l40g/index.html",
    "d" : "NVIDIA · 2022-10-13 · 0 models"
  },
  {
    "t" : "NVIDIA L40S",
    "k" : "card",
    "u" : "gpus/nvidia-l40s/index.html",
    "d" : "NVIDIA · 2023-08-08 · 0 models"
  },
  {
    "t" : "NVIDIA NVS 810",
    "k" : "card",
    "u" : "gpus/nvidia-nvs-810/index.html",
    "d" : "NVIDIA · 2015-11-04 · 0 models"
  },
  {
    "t" : "NVIDIA PG506-207",
    "k" : "card",
    "u" : "gpus/nvidia-pg506-207/index.html",
    "d" : "NVIDIA · 2021-04-12 · 0 models"
  },
  {
    "t" : "NVIDIA PG506-217",
    "k" : "card",
    "u" : "gpus/nvidia-pg506-217/index.html",
    "d" : "NVIDIA · 2021-04-12 · 0 models"
  },
  {
    "t" : "NVIDIA PG506-232",
    "k" : "card",
    "u" : "gpus/nvidia-pg506-232/index.html",
    "d" : "NVIDIA · 2021-04-12 · 0 models"
  },
  {
    "t" : "NVIDIA PG506-242",
    "k" : "card",
    "u" : "gpus/nvidia-pg506-242/index.html",
    "d" : "NVIDIA · 2021-04-12 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro GP100",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-gp100/index.html",
    "d" : "NVIDIA · 2016-10-01 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro GV100",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-gv100/index.html",
    "d" : "NVIDIA · 2018-03-27 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro K1200",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-k1200/index.html",
    "d" : "NVIDIA · 2015-01-28 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro K2000",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-k2000/index.html",
    "d" : "NVIDIA · 2013-03-01 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro K2200",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-k2200/index.html",
    "d" : "NVIDIA · 2014-07-22 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro K4000",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-k4000/index.html",
    "d" : "NVIDIA · 2013-03-01 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro K420",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-k420/index.html",
    "d" : "NVIDIA · 2014-07-22 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro K4200",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-k4200/index.html",
    "d" : "NVIDIA · 2014-07-22 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro K5200",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-k5200/index.html",
    "d" : "NVIDIA · 2014-07-22 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro K600",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-k600/index.html",
    "d" : "NVIDIA · 2013-03-01 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro K6000",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-k6000/index.html",
    "d" : "NVIDIA · 2013-07-23 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro K6000 SDI",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-k6000-sdi/index.html",
    "d" : "NVIDIA · 2013-07-23 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro K620",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-k620/index.html",
    "d" : "NVIDIA · 2014-07-22 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro M2000",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-m2000/index.html",
    "d" : "NVIDIA · 2016-04-08 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro M3000 SE",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-m3000-se/index.html",
    "d" : "NVIDIA · 2016-10-02 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro M4000",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-m4000/index.html",
    "d" : "NVIDIA · 2015-06-29 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro M5000",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-m5000/index.html",
    "d" : "NVIDIA · 2015-06-29 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro M6000",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-m6000/index.html",
    "d" : "NVIDIA · 2015-03-21 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro M6000 24 GB",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-m6000-24gb/index.html",
    "d" : "NVIDIA · 2016-03-05 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro P1000",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-p1000/index.html",
    "d" : "NVIDIA · 2017-02-07 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro P2000",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-p2000/index.html",
    "d" : "NVIDIA · 2017-02-06 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro P2200",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-p2200/index.html",
    "d" : "NVIDIA · 2019-06-10 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro P400",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-p400/index.html",
    "d" : "NVIDIA · 2017-02-07 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro P4000",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-p4000/index.html",
    "d" : "NVIDIA · 2017-02-06 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro P5000",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-p5000/index.html",
    "d" : "NVIDIA · 2016-10-01 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro P600",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-p600/index.html",
    "d" : "NVIDIA · 2017-02-07 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro P6000",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-p6000/index.html",
    "d" : "NVIDIA · 2016-10-01 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro P620",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-p620/index.html",
    "d" : "NVIDIA · 2018-02-01 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro RTX 4000",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-rtx-4000/index.html",
    "d" : "NVIDIA · 2018-11-13 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro RTX 5000",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-rtx-5000/index.html",
    "d" : "NVIDIA · 2018-08-13 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro RTX 5000 Mobile",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-rtx-5000-mobile/index.html",
    "d" : "NVIDIA · 2019-05-27 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro RTX 6000",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-rtx-6000/index.html",
    "d" : "NVIDIA · 2018-08-13 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro RTX 6000 Mobile",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-rtx-6000-mobile/index.html",
    "d" : "NVIDIA · 2019-09-04 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro RTX 6000 Passive",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-rtx-6000-passive/index.html",
    "d" : "NVIDIA · 2018-08-13 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro RTX 8000",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-rtx-8000/index.html",
    "d" : "NVIDIA · 2018-08-13 · 0 models"
  },
  {
    "t" : "NVIDIA Quadro RTX 8000 Passive",
    "k" : "card",
    "u" : "gpus/nvidia-quadro-rtx-8000-passive/index.html",
    "d" : "NVIDIA · 2018-08-13 · 0 models"
  },
  {
    "t" : "NVIDIA RTX 2000 Ada Generation",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-2000-ada/index.html",
    "d" : "NVIDIA · 2024-02-01 · 0 models"
  },
  {
    "t" : "NVIDIA RTX 2000 Embedded Ada Generation",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-2000-embedded-ada/index.html",
    "d" : "NVIDIA · 2023-03-21 · 0 models"
  },
  {
    "t" : "NVIDIA RTX 4000 Ada Generation",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-4000-ada/index.html",
    "d" : "NVIDIA · 2023-08-09 · 0 models"
  },
  {
    "t" : "NVIDIA RTX 4000 Mobile Ada Generation",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-4000-mobile-ada/index.html",
    "d" : "NVIDIA · 2023-03-21 · 0 models"
  },
  {
    "t" : "NVIDIA RTX 4000 SFF Ada Generation",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-4000-sff-ada/index.html",
    "d" : "NVIDIA · 2023-03-21 · 0 models"
  },
  {
    "t" : "NVIDIA RTX 4500 Ada Generation",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-4500-ada/index.html",
    "d" : "NVIDIA · 2023-08-09 · 0 models"
  },
  {
    "t" : "NVIDIA RTX 5000 Ada Generation",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-5000-ada/index.html",
    "d" : "NVIDIA · 2023-08-09 · 0 models"
  },
  {
    "t" : "NVIDIA RTX 5000 Mobile Ada Generation",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-5000-mobile-ada/index.html",
    "d" : "NVIDIA · 2023-03-21 · 0 models"
  },
  {
    "t" : "NVIDIA RTX 5880 Ada Generation",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-5880-ada/index.html",
    "d" : "NVIDIA · 2024-01-05 · 0 models"
  },
  {
    "t" : "NVIDIA RTX 6000 Ada Generation",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-6000-ada/index.html",
    "d" : "NVIDIA · 2022-12-03 · 0 models"
  },
  {
    "t" : "NVIDIA RTX A1000",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-a1000/index.html",
    "d" : "NVIDIA · 2024-04-16 · 0 models"
  },
  {
    "t" : "NVIDIA RTX A1000 Embedded",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-a1000-embedded/index.html",
    "d" : "NVIDIA · 2022-03-30 · 0 models"
  },
  {
    "t" : "NVIDIA RTX A2000",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-a2000/index.html",
    "d" : "NVIDIA · 2021-08-10 · 0 models"
  },
  {
    "t" : "NVIDIA RTX A2000 12 GB",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-a2000-12gb/index.html",
    "d" : "NVIDIA · 2021-11-23 · 0 models"
  },
  {
    "t" : "NVIDIA RTX A2000 Embedded",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-a2000-embedded/index.html",
    "d" : "NVIDIA · 2022-03-30 · 0 models"
  },
  {
    "t" : "NVIDIA RTX A400",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-a400/index.html",
    "d" : "NVIDIA · 2024-04-16 · 0 models"
  },
  {
    "t" : "NVIDIA RTX A4000",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-a4000/index.html",
    "d" : "NVIDIA · 2021-04-12 · 0 models"
  },
  {
    "t" : "NVIDIA RTX A4000H",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-a4000h/index.html",
    "d" : "NVIDIA · 2021-04-12 · 0 models"
  },
  {
    "t" : "NVIDIA RTX A4500",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-a4500/index.html",
    "d" : "NVIDIA · 2021-11-23 · 0 models"
  },
  {
    "t" : "NVIDIA RTX A4500 Embedded",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-a4500-embedded/index.html",
    "d" : "NVIDIA · 2022-03-30 · 0 models"
  },
  {
    "t" : "NVIDIA RTX A500 Embedded",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-a500-embedded/index.html",
    "d" : "NVIDIA · 2022-03-30 · 0 models"
  },
  {
    "t" : "NVIDIA RTX A5000",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-a5000/index.html",
    "d" : "NVIDIA · 2021-04-12 · 0 models"
  },
  {
    "t" : "NVIDIA RTX A5000 Mobile",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-a5000-mobile/index.html",
    "d" : "NVIDIA · 2021-04-12 · 0 models"
  },
  {
    "t" : "NVIDIA RTX A5500",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-a5500/index.html",
    "d" : "NVIDIA · 2022-03-22 · 0 models"
  },
  {
    "t" : "NVIDIA RTX A5500 Mobile",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-a5500-mobile/index.html",
    "d" : "NVIDIA · 2022-03-22 · 0 models"
  },
  {
    "t" : "NVIDIA RTX A6000",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-a6000/index.html",
    "d" : "NVIDIA · 2020-10-05 · 0 models"
  },
  {
    "t" : "NVIDIA RTX PRO 2000 Blackwell",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-pro-2000-blackwell/index.html",
    "d" : "NVIDIA · 2025-08-11 · 0 models"
  },
  {
    "t" : "NVIDIA RTX PRO 4000 Blackwell",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-pro-4000-blackwell/index.html",
    "d" : "NVIDIA · 2025-03-18 · 0 models"
  },
  {
    "t" : "NVIDIA RTX PRO 4000 Blackwell SFF Edition",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-pro-4000-sff-blackwell/index.html",
    "d" : "NVIDIA · 2025-08-11 · 0 models"
  },
  {
    "t" : "NVIDIA RTX PRO 4500 Blackwell",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-pro-4500-blackwell/index.html",
    "d" : "NVIDIA · 2025-03-18 · 0 models"
  },
  {
    "t" : "NVIDIA RTX PRO 5000 72 GB Blackwell",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-pro-5000-72gb-blackwell/index.html",
    "d" : "NVIDIA · 2025-10-21 · 0 models"
  },
  {
    "t" : "NVIDIA RTX PRO 5000 Blackwell",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-pro-5000-blackwell/index.html",
    "d" : "NVIDIA · 2025-03-18 · 0 models"
  },
  {
    "t" : "NVIDIA RTX PRO 6000 Blackwell",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-pro-6000-blackwell/index.html",
    "d" : "NVIDIA · 2025-03-18 · 0 models"
  },
  {
    "t" : "NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-pro-6000-blackwell-max-q/index.html",
    "d" : "NVIDIA · 2025-03-18 · 0 models"
  },
  {
    "t" : "NVIDIA RTX PRO 6000 Blackwell Server Edition",
    "k" : "card",
    "u" : "gpus/nvidia-rtx-pro-6000-blackwell-server/index.html",
    "d" : "NVIDIA · 2025-03-18 · 0 models"
  },
  {
    "t" : "NVIDIA T1000",
    "k" : "card",
    "u" : "gpus/nvidia-t1000/index.html",
    "d" : "NVIDIA · 2021-05-06 · 0 models"
  },
  {
    "t" : "NVIDIA T1000 8 GB",
    "k" : "card",
    "u" : "gpus/nvidia-t1000-8gb/index.html",
    "d" : "NVIDIA · 2021-05-06 · 0 models"
  },
  {
    "t" : "NVIDIA T40",
    "k" : "card",
    "u" : "gpus/nvidia-t40/index.html",
    "d" : "NVIDIA · 2018-09-13 · 0 models"
  },
  {
    "t" : "NVIDIA T400",
    "k" : "card",
    "u" : "gpus/nvidia-t400/index.html",
    "d" : "NVIDIA · 2021-05-06 · 0 models"
  },
  {
    "t" : "NVIDIA T400 4 GB",
    "k" : "card",
    "u" : "gpus/nvidia-t400-4gb/index.html",
    "d" : "NVIDIA · 2021-05-06 · 0 models"
  },
  {
    "t" : "NVIDIA T600",
    "k" : "card",
    "u" : "gpus/nvidia-t600/index.html",
    "d" : "NVIDIA · 2021-04-12 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla C2075",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-c2075/index.html",
    "d" : "NVIDIA · 2011-07-25 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla K20c",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-k20c/index.html",
    "d" : "NVIDIA · 2012-11-12 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla K20m",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-k20m/index.html",
    "d" : "NVIDIA · — · 0 models"
  },
  {
    "t" : "NVIDIA Tesla K20X",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-k20x/index.html",
    "d" : "NVIDIA · 2012-11-12 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla K40c",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-k40c/index.html",
    "d" : "NVIDIA · 2013-10-08 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla K40d",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-k40d/index.html",
    "d" : "NVIDIA · 2013-11-22 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla K40m",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-k40m/index.html",
    "d" : "NVIDIA · 2013-11-22 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla K40s",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-k40s/index.html",
    "d" : "NVIDIA · 2013-11-22 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla K40st",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-k40st/index.html",
    "d" : "NVIDIA · 2013-11-22 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla K40t",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-k40t/index.html",
    "d" : "NVIDIA · 2013-11-22 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla K8",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-k8/index.html",
    "d" : "NVIDIA · 2014-09-16 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla K80",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-k80/index.html",
    "d" : "NVIDIA · 2014-11-17 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla M10",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-m10/index.html",
    "d" : "NVIDIA · 2016-05-18 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla M4",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-m4/index.html",
    "d" : "NVIDIA · 2015-11-10 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla M40",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-m40/index.html",
    "d" : "NVIDIA · 2015-11-10 · 0 models",
    "a" : "NVIDIA M40"
  },
  {
    "t" : "NVIDIA Tesla M40 24 GB",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-m40-24gb/index.html",
    "d" : "NVIDIA · 2015-11-10 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla M6",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-m6/index.html",
    "d" : "NVIDIA · 2015-08-30 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla M60",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-m60/index.html",
    "d" : "NVIDIA · 2015-08-30 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla P10",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-p10/index.html",
    "d" : "NVIDIA · 2016-09-13 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla P100 DGXS",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-p100-dgxs/index.html",
    "d" : "NVIDIA · 2016-04-05 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla P100 PCIe 12 GB",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-p100-pcie-12gb/index.html",
    "d" : "NVIDIA · 2016-06-20 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla P100 PCIe 16 GB",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-p100-pcie-16gb/index.html",
    "d" : "NVIDIA · 2016-06-20 · 1 model",
    "a" : "NVIDIA P100 · NVIDIA P100 PCIe 16GB"
  },
  {
    "t" : "NVIDIA Tesla P100 SXM2",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-p100-sxm2/index.html",
    "d" : "NVIDIA · 2016-04-05 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla P4",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-p4/index.html",
    "d" : "NVIDIA · 2016-09-13 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla P40",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-p40/index.html",
    "d" : "NVIDIA · 2016-09-13 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla P6",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-p6/index.html",
    "d" : "NVIDIA · 2017-03-24 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla PG500-216",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-pg500-216/index.html",
    "d" : "NVIDIA · 2019-11-26 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla PG503-216",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-pg503-216/index.html",
    "d" : "NVIDIA · 2019-11-26 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla S1070",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-s1070/index.html",
    "d" : "NVIDIA · — · 0 models"
  },
  {
    "t" : "NVIDIA Tesla T4",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-t4/index.html",
    "d" : "NVIDIA · 2018-09-13 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla T4G",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-t4g/index.html",
    "d" : "NVIDIA · 2018-09-13 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla V100 DGXS 16 GB",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-v100-dgxs-16gb/index.html",
    "d" : "NVIDIA · 2018-03-27 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla V100 DGXS 32 GB",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-v100-dgxs-32gb/index.html",
    "d" : "NVIDIA · 2018-03-27 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla V100 FHHL",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-v100-fhhl/index.html",
    "d" : "NVIDIA · 2018-03-27 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla V100 PCIe 16 GB",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-v100-pcie-16gb/index.html",
    "d" : "NVIDIA · 2017-06-21 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla V100 PCIe 32 GB",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-v100-pcie-32gb/index.html",
    "d" : "NVIDIA · 2018-03-27 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla V100 SXM2 16 GB",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-v100-sxm2-16gb/index.html",
    "d" : "NVIDIA · 2017-06-21 · 1 model",
    "a" : "NVIDIA Tesla V100 DGXS 16 GB · NVIDIA V100"
  },
  {
    "t" : "NVIDIA Tesla V100 SXM2 32 GB",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-v100-sxm2-32gb/index.html",
    "d" : "NVIDIA · 2018-03-27 · 2 models",
    "a" : "NVIDIA Tesla V100 DGXS 32 GB"
  },
  {
    "t" : "NVIDIA Tesla V100 SXM3 32 GB",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-v100-sxm3-32gb/index.html",
    "d" : "NVIDIA · 2018-03-27 · 0 models"
  },
  {
    "t" : "NVIDIA Tesla V100S PCIe 32 GB",
    "k" : "card",
    "u" : "gpus/nvidia-tesla-v100s-pcie-32gb/index.html",
    "d" : "NVIDIA · 2019-11-26 · 0 models"
  },
  {
    "t" : "NVIDIA TITAN RTX",
    "k" : "card",
    "u" : "gpus/nvidia-titan-rtx/index.html",
    "d" : "NVIDIA · 2018-12-18 · 0 models"
  },
  {
    "t" : "NVIDIA TITAN V",
    "k" : "card",
    "u" : "gpus/nvidia-titan-v/index.html",
    "d" : "NVIDIA · 2017-12-07 · 0 models"
  },
  {
    "t" : "NVIDIA TITAN V CEO Edition",
    "k" : "card",
    "u" : "gpus/nvidia-titan-v-ceo-edition/index.html",
    "d" : "NVIDIA · 2018-06-21 · 0 models"
  },
  {
    "t" : "NVIDIA TITAN X Pascal",
    "k" : "card",
    "u" : "gpus/nvidia-titan-x-pascal/index.html",
    "d" : "NVIDIA · 2016-08-02 · 0 models"
  },
  {
    "t" : "NVIDIA TITAN Xp",
    "k" : "card",
    "u" : "gpus/nvidia-titan-xp/index.html",
    "d" : "NVIDIA · 2017-04-06 · 0 models"
  },
  {
    "t" : "Baidu",
    "k" : "organisation",
    "u" : "organisations/baidu/index.html",
    "d" : "1 estimated model"
  },
  {
    "t" : "BigScience",
    "k" : "organisation",
    "u" : "organisations/bigscience/index.html",
    "d" : "1 estimated model"
  },
  {
    "t" : "DeepMind",
    "k" : "organisation",
    "u" : "organisations/deepmind/index.html",
    "d" : "2 estimated models"
  },
  {
    "t" : "Google Brain",
    "k" : "organisation",
    "u" : "organisations/google-brain/index.html",
    "d" : "1 estimated model"
  },
  {
    "t" : "Google Research",
    "k" : "organisation",
    "u" : "organisations/google-research/index.html",
    "d" : "1 estimated model"
  },
  {
    "t" : "Hugging Face",
    "k" : "organisation",
    "u" : "organisations/hugging-face/index.html",
    "d" : "1 estimated model"
  },
  {
    "t" : "Meta AI",
    "k" : "organisation",
    "u" : "organisations/meta-ai/index.html",
    "d" : "1 estimated model"
  },
  {
    "t" : "NVIDIA",
    "k" : "organisation",
    "u" : "organisations/nvidia/index.html",
    "d" : "1 estimated model"
  },
  {
    "t" : "OpenAI",
    "k" : "organisation",
    "u" : "organisations/openai/index.html",
    "d" : "1 estimated model"
  },
  {
    "t" : "Peng Cheng Laboratory",
    "k" : "organisation",
    "u" : "organisations/peng-cheng-laboratory/index.html",
    "d" : "1 estimated model"
  },
  {
    "t" : "University of Oxford",
    "k" : "organisation",
    "u" : "organisations/university-of-oxford/index.html",
    "d" : "1 estimated model"
  }
];
